package org.opencity.childcare.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.jcr.ConcurrentChangeException;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.RepositoryFailure;
import org.opencity.childcare.listing.search.AdSearchQuery;
import org.opencity.childcare.listing.search.SearchDescription;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.validation.TextRules;

/**
 * Members' saved searches: saving one from the search page, listing, changing how often
 * alerts go out, deleting, and stopping alerts from the link of any alert mail without
 * logging in. A member asking about a search that is not theirs gets the same
 * {@link SavedSearchNotFoundException} as for one that does not exist.
 *
 * <p>
 * Stopping alerts from a mail keeps the search, marked stopped: the member still finds it
 * in their list and may resume alerts by choosing a frequency again, and the link keeps
 * answering "stopped" however often it is followed.
 */
public final class SavedSearchService {

    private static final Logger logger = LoggerFactory.getLogger(SavedSearchService.class);

    /** How many searches one member may save. */
    public static final int MAX_PER_MEMBER = 10;

    /** The longest name of a saved search, in characters. */
    public static final int NAME_MAX = 80;

    /** How often a change that clashed with a simultaneous one is tried again. */
    private static final int ATTEMPTS = 3;

    private static final String ELLIPSIS = "…";

    private final JcrTemplate jcr;

    private final SavedSearchRepository searches = new SavedSearchRepository();

    private final SearchDescription descriptions;

    private final Clock clock;

    public SavedSearchService(JcrTemplate jcr, SearchDescription descriptions, Clock clock) {
        this.jcr = jcr;
        this.descriptions = descriptions;
        this.clock = clock;
    }

    /**
     * The name a search gets when the member gives none: its filters in words, cut to
     * {@link #NAME_MAX} characters.
     */
    public String defaultName(AdSearchQuery query, Locale locale) {
        String description = this.descriptions.describe(query, locale);
        if (TextRules.length(description) <= NAME_MAX) {
            return description;
        }
        int end = description.offsetByCodePoints(0, NAME_MAX - 1);
        return description.substring(0, end).strip() + ELLIPSIS;
    }

    /**
     * Saves the search a query string describes (read as the search page reads it, page
     * left out) under {@code name}, or its default name when blank, with alerts at
     * {@code frequency} for ads published from now on. An {@link InvalidInputException}
     * says what to fix: the name ({@code name}), the frequency ({@code frequency}), or
     * that the member already has {@link #MAX_PER_MEMBER} searches ({@code search}). The
     * count is read in the saving session, so two saves sent at the very same moment
     * could both pass and leave the member one search over the limit, which harms no one.
     * @param locale the language of the default name
     */
    public SavedSearch save(String memberId, @Nullable String queryString, @Nullable String name,
            @Nullable String frequency, Locale locale) {
        AdSearchQuery query = AdSearchQuery.fromQueryString(queryString).withPage(0);
        FieldErrors errors = new FieldErrors();
        String chosenName = name(name, errors);
        AlertFrequency chosenFrequency = frequency(frequency, errors);
        errors.throwIfAny();
        String finalName = chosenName.isEmpty() ? defaultName(query, locale) : chosenName;

        Instant now = this.clock.instant();
        SavedSearchRepository.ensureFolders(this.jcr, now);
        SavedSearch saved = this.jcr.write((session) -> {
            if (this.searches.listByMember(session, memberId).size() >= MAX_PER_MEMBER) {
                throw new InvalidInputException(
                        new FieldErrors().reject("search", "childcare.savedSearch.error.limit", MAX_PER_MEMBER));
            }
            return this.searches.add(session, memberId, finalName, query.toQueryString(), chosenFrequency, now);
        });

        logger.info("Saved search '{}' created with '{}' alerts", saved.id(), saved.frequency());
        return saved;
    }

    /** The member's saved searches, newest first. */
    public List<SavedSearch> listOwn(String memberId) {
        return this.jcr.read((session) -> this.searches.listByMember(session, memberId));
    }

    /**
     * The member's own saved search; a {@link SavedSearchNotFoundException} for any
     * other.
     */
    public SavedSearch getOwn(String memberId, String searchId) {
        return this.jcr.read((session) -> own(session, memberId, searchId, false));
    }

    /**
     * Changes how often the search's alerts go out; stopped alerts resume, for ads
     * published from now on. An {@link InvalidInputException} on {@code frequency} for a
     * value that is none.
     */
    public SavedSearch changeFrequency(String memberId, String searchId, @Nullable String frequency) {
        FieldErrors errors = new FieldErrors();
        AlertFrequency next = frequency(frequency, errors);
        errors.throwIfAny();

        SavedSearch changed = retrying(() -> this.jcr.write((session) -> {
            SavedSearch search = own(session, memberId, searchId, true).withFrequency(next, this.clock.instant());
            this.searches.update(session, search);
            return search;
        }));

        logger.info("Saved search '{}' now has '{}' alerts", searchId, next);
        return changed;
    }

    /** Deletes the member's own saved search and with it its alerts. */
    public void delete(String memberId, String searchId) {
        retrying(() -> this.jcr.write((session) -> {
            own(session, memberId, searchId, true);
            this.searches.delete(session, searchId);
            return searchId;
        }));

        logger.info("Saved search '{}' deleted by its member", searchId);
    }

    /**
     * Deletes every saved search of the member, for when their account is erased; says
     * how many there were.
     */
    public int deleteAllOf(String memberId) {
        int deleted = retrying(() -> this.jcr.write((session) -> {
            List<SavedSearch> own = this.searches.listByMember(session, memberId);
            for (SavedSearch search : own) {
                this.searches.delete(session, search.id());
            }
            return own.size();
        }));

        logger.info("Saved searches of member '{}' deleted: '{}'", memberId, deleted);
        return deleted;
    }

    /**
     * The search whose alerts a mail's "stop" link would stop, without stopping them (to
     * show the question the link leads to); empty for a link that names none, such as a
     * mistyped one or one of a deleted search.
     */
    public Optional<SavedSearch> findByUnsubscribeToken(@Nullable String token) {
        Optional<UnsubscribeKeys.Presented> presented = UnsubscribeKeys.parse(token);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        UnsubscribeKeys.Presented key = presented.get();
        return this.jcr
            .read((session) -> this.searches.findByUnsubscribeKey(session, key.searchId(), key.hash(), false));
    }

    /**
     * Stops the alerts of the search a mail's "stop" link names and returns it, stopped;
     * following the link again changes nothing and answers the same. Empty for a link
     * that names no search.
     */
    public Optional<SavedSearch> unsubscribe(@Nullable String token) {
        Optional<UnsubscribeKeys.Presented> presented = UnsubscribeKeys.parse(token);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        UnsubscribeKeys.Presented key = presented.get();

        Optional<SavedSearch> stopped = retrying(() -> this.jcr.write((session) -> {
            Optional<SavedSearch> search = this.searches.findByUnsubscribeKey(session, key.searchId(), key.hash(),
                    true);
            if (search.isEmpty() || !search.get().alertsOn()) {
                return search;
            }
            SavedSearch next = search.get().stop(this.clock.instant());
            this.searches.update(session, next);
            logger.info("Alerts of saved search '{}' stopped from a mail's link", next.id());
            return Optional.of(next);
        }));

        return stopped;
    }

    private SavedSearch own(Session session, String memberId, String searchId, boolean forUpdate)
            throws RepositoryException {
        Optional<SavedSearch> search = forUpdate ? this.searches.findForUpdate(session, searchId)
                : this.searches.findById(session, searchId);
        return search.filter((found) -> found.memberId().equals(memberId))
            .orElseThrow(() -> new SavedSearchNotFoundException(searchId));
    }

    private static String name(@Nullable String value, FieldErrors errors) {
        String name = TextRules.clean(value);
        if (TextRules.length(name) > NAME_MAX) {
            errors.reject("name", "childcare.savedSearch.error.nameLength", NAME_MAX);
        }
        else if (TextRules.hasControlCharacters(name) || name.matches("(?s).*[\\n\\r\\t].*")) {
            errors.reject("name", "childcare.validation.controlCharacters");
        }
        return name;
    }

    private static AlertFrequency frequency(@Nullable String value, FieldErrors errors) {
        String text = TextRules.clean(value);
        for (AlertFrequency frequency : AlertFrequency.values()) {
            if (frequency.name().equals(text)) {
                return frequency;
            }
        }
        errors.reject("frequency", "childcare.savedSearch.error.frequency");
        return AlertFrequency.DAILY;
    }

    /**
     * Runs a change again when it clashed with a simultaneous one, such as an alert run
     * saving the same search: the member's click must not fail for that. Jackrabbit
     * reports some such clashes as plain failures rather than a
     * {@link ConcurrentChangeException}, so every repository failure is tried again.
     */
    private <T> T retrying(Change<T> change) {
        for (int attempt = 1;; attempt++) {
            try {
                return change.run();
            }
            catch (RepositoryFailure ex) {
                if (attempt == ATTEMPTS) {
                    throw ex;
                }
                logger.debug("A saved-search change clashed with another; trying again", ex);
            }
        }
    }

    @FunctionalInterface
    private interface Change<T> {

        T run();

    }

}
