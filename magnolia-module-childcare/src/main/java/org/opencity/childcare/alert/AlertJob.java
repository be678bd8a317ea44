package org.opencity.childcare.alert;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.jcr.ConcurrentChangeException;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.RepositoryFailure;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.search.AdFilter;
import org.opencity.childcare.listing.search.SearchDescription;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.Mailer;

/**
 * The scheduled side of saved searches, run every few minutes: tells members by mail of
 * the ads published since a search's last check that match it, are still listed and are
 * not their own. Searches with immediate alerts get a mail as soon as a run finds such
 * ads; searches with daily alerts get one digest a day, at the first run from the
 * configured hour on, and none on a day without new ads. Each mail is about one saved
 * search, with a "stop" link of its own: a member with two searches that both match an ad
 * hears of it twice, once per search, each mail saying which search it answers.
 *
 * <p>
 * Each search is claimed in its own save after a fresh look at it, and its mail is sent
 * only once that save succeeded, so the job is harmless if run twice or on two cluster
 * nodes at once: of two simultaneous saves about one search only one succeeds; the other
 * is skipped and that search handled by the next run. A mail that the mail server refuses
 * after the claim is logged and not sent again.
 */
public final class AlertJob {

    private static final Logger logger = LoggerFactory.getLogger(AlertJob.class);

    /** The most ads one mail lists; the search's link shows the rest. */
    static final int ADS_PER_MAIL = 20;

    /**
     * How long an immediate search without new ads may go unsaved: its check is then
     * moved forward, so that each run's look at the repository stays short.
     */
    static final Duration IDLE_CHECK = Duration.ofHours(1);

    private static final Comparator<Ad> NEWEST_FIRST = Comparator.comparing((Ad ad) -> ad.publishedAt())
        .reversed()
        .thenComparing(Ad::id);

    private final JcrTemplate jcr;

    private final SavedSearchRepository searches = new SavedSearchRepository();

    private final AdRepository ads;

    private final MemberRepository members = new MemberRepository();

    private final Mailer mailer;

    private final Links links;

    private final SearchDescription descriptions;

    private final Neighbourhoods neighbourhoods;

    private final Clock clock;

    private final SecureRandom random;

    private final AlertSettings settings;

    public AlertJob(JcrTemplate jcr, Mailer mailer, Links links, SearchDescription descriptions,
            Neighbourhoods neighbourhoods, Clock clock, SecureRandom random, AlertSettings settings) {
        this.jcr = jcr;
        this.ads = new AdRepository(clock);
        this.mailer = mailer;
        this.links = links;
        this.descriptions = descriptions;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
        this.random = random;
        this.settings = settings;
    }

    /** Sends the immediate alerts due now and the daily digests due today. */
    public Result run() {
        Instant now = this.clock.instant();
        return runImmediate(now).plus(runDigests(now));
    }

    /**
     * Sends the immediate alerts due at {@code now}: one mail per search with new
     * matching ads.
     */
    public Result runImmediate(Instant now) {
        return round(AlertFrequency.IMMEDIATE, null, now);
    }

    /**
     * Sends the daily digests due at {@code now}: every daily search not checked since
     * the last digest hour is checked, and mailed if it has new matching ads.
     */
    public Result runDigests(Instant now) {
        return round(AlertFrequency.DAILY, this.settings.lastDigestAt(now), now);
    }

    private Result round(AlertFrequency frequency, @Nullable Instant checkedBefore, Instant now) {
        List<SavedSearch> due = this.jcr
            .read((session) -> this.searches.listAlerting(session, frequency, checkedBefore));
        if (due.isEmpty()) {
            return Result.NONE;
        }
        Duration lookBack = this.settings.lookBack();
        Instant from = due.stream().map((search) -> search.newSince(lookBack)).min(Comparator.naturalOrder()).get();
        List<Ad> published = this.jcr.read((session) -> this.ads.listPublishedBetween(session, from, now));

        int mailed = 0;
        int skipped = 0;
        for (SavedSearch search : due) {
            List<Ad> fresh = newMatches(search, published, now);
            if (fresh.isEmpty() && frequency == AlertFrequency.IMMEDIATE
                    && search.checkedUntil().isAfter(now.minus(IDLE_CHECK))) {
                continue;
            }
            Claim claim = claim(search, fresh, now);
            if (claim.skipped()) {
                skipped++;
            }
            if (claim.alert() != null) {
                send(claim.alert(), frequency);
                mailed++;
            }
        }

        Result result = new Result(due.size(), mailed, skipped);
        if (mailed > 0 || skipped > 0 || frequency == AlertFrequency.DAILY) {
            logger.info("Saved-search alerts '{}': searches '{}', mails '{}', skipped '{}'", frequency,
                    result.searches(), result.mailed(), result.skipped());
        }
        return result;
    }

    /**
     * The ads of {@code published} new for the search at {@code now}, newest first:
     * published after its last check (less the look-back) and after alerts started, not
     * announced yet, not the member's own, still listed and matching the filters.
     */
    private List<Ad> newMatches(SavedSearch search, List<Ad> published, Instant now) {
        AdFilter filter = new AdFilter(search.search(), this.settings.zone());
        Instant since = search.newSince(this.settings.lookBack());
        return published.stream()
            .filter((ad) -> ad.publishedAt() != null && ad.publishedAt().isAfter(since))
            .filter((ad) -> !search.recentlyAnnounced().containsKey(ad.id()))
            .filter((ad) -> !ad.ownerId().equals(search.memberId()))
            .filter((ad) -> filter.matches(ad, now))
            .sorted(NEWEST_FIRST)
            .toList();
    }

    /**
     * Moves the search's check to {@code now} in one save, if no one else did since it
     * was read and {@code now} is later (a node whose clock lags must not move it back),
     * and says whom to mail about which ads, if anyone. A key for the mail's "stop" link
     * is stored in the same save.
     */
    private Claim claim(SavedSearch seen, List<Ad> fresh, Instant now) {
        UnsubscribeKeys.Key key = UnsubscribeKeys.newKey(this.random, seen.id());
        try {
            @Nullable Alert alert = this.jcr.write((session) -> {
                Optional<SavedSearch> current = this.searches.findForUpdate(session, seen.id());
                if (current.isEmpty() || !current.get().checkedUntil().equals(seen.checkedUntil())
                        || !now.isAfter(seen.checkedUntil()) || current.get().frequency() != seen.frequency()
                        || !current.get().alertsOn()) {
                    return null;
                }
                this.searches.update(session, current.get().checked(now, remembered(current.get(), fresh, now)));
                Optional<Member> member = this.members.findById(session, seen.memberId())
                    .filter((found) -> found.status() == MemberStatus.ACTIVE);
                if (fresh.isEmpty() || member.isEmpty()) {
                    return null;
                }
                this.searches.addUnsubscribeKey(session, seen.id(), key.hash());
                return new Alert(current.get(), member.get(), fresh, key.token());
            });
            return new Claim(alert, false);
        }
        catch (ConcurrentChangeException ex) {
            logger.info("Saved search '{}' changed meanwhile; left to the next run", seen.id());
        }
        catch (RepositoryFailure ex) {
            // Jackrabbit reports some clashes between simultaneous saves as plain
            // failures.
            logger.warn("Saved search '{}' could not be saved; left to the next run", seen.id(), ex);
        }
        return new Claim(null, true);
    }

    /**
     * The announced ads the next run's look-back still reaches: those remembered before
     * and those announced now, published after {@code now} less the look-back.
     */
    private Map<String, Instant> remembered(SavedSearch search, List<Ad> announced, Instant now) {
        Instant reach = now.minus(this.settings.lookBack());
        Map<String, Instant> kept = new HashMap<>();
        search.recentlyAnnounced().forEach((id, publishedAt) -> {
            if (publishedAt.isAfter(reach)) {
                kept.put(id, publishedAt);
            }
        });
        for (Ad ad : announced) {
            if (ad.publishedAt() != null && ad.publishedAt().isAfter(reach)) {
                kept.put(ad.id(), ad.publishedAt());
            }
        }
        return kept;
    }

    private void send(Alert alert, AlertFrequency frequency) {
        String template = (frequency == AlertFrequency.IMMEDIATE) ? "searchAlert" : "searchDigest";
        Member member = alert.member();
        Locale locale = member.locale();
        SavedSearch search = alert.search();
        List<Map<String, String>> listed = alert.ads()
            .stream()
            .limit(ADS_PER_MAIL)
            .map((ad) -> Map.of("title", ad.content().title(), "neighbourhood",
                    this.neighbourhoods.nameOf(ad.content().neighbourhood()), "url", this.links.ad(ad.id())))
            .toList();
        String unsubscribeUrl = this.links.unsubscribe(alert.token());
        // The mail composer puts the "title" in the subject.
        Map<String, Object> values = Map.of("firstName", member.profile().firstName(), "title", search.name(),
                "searchName", search.name(), "description", this.descriptions.describe(search.search(), locale),
                "count", alert.ads().size(), "ads", listed, "more", Math.max(0, alert.ads().size() - ADS_PER_MAIL),
                "searchUrl", this.links.search(search.query()), "manageUrl", this.links.savedSearches(),
                "unsubscribeUrl", unsubscribeUrl);
        try {
            this.mailer.send(template, member.profile().email(), locale, values,
                    Map.of("List-Unsubscribe", "<" + unsubscribeUrl + ">"));
        }
        catch (RuntimeException ex) {
            logger.error("Mail '{}' of saved search '{}' could not be sent; its ads will not be announced again",
                    template, search.id(), ex);
        }
    }

    /**
     * What one run did.
     *
     * @param searches saved searches looked at
     * @param mailed mails sent
     * @param skipped searches left to the next run because they changed meanwhile
     */
    public record Result(int searches, int mailed, int skipped) {

        static final Result NONE = new Result(0, 0, 0);

        Result plus(Result other) {
            return new Result(this.searches + other.searches, this.mailed + other.mailed, this.skipped + other.skipped);
        }

    }

    /** A mail to send: the search, its member, the new ads, the "stop" link's token. */
    private record Alert(SavedSearch search, Member member, List<Ad> ads, String token) {

    }

    /** The outcome of claiming one search. */
    private record Claim(@Nullable Alert alert, boolean skipped) {

    }

}
