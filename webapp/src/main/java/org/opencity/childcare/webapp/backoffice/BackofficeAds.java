package org.opencity.childcare.webapp.backoffice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.AuditLog;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.moderation.TaskRepository;
import org.opencity.childcare.moderation.TaskType;

/**
 * What webmasters read about ads: every ad whatever its status, one ad with its owner and
 * history, an ad under review with its task. Read-only; changes go through
 * {@link org.opencity.childcare.listing.AdService}.
 */
@Component
class BackofficeAds {

    /** How many ads one page of the list shows. */
    static final int PAGE_SIZE = 20;

    /** A login identifier as issued, such as {@code K7QM-2XPA}. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}");

    private final JcrTemplate jcr;

    private final AdRepository ads;

    private final Clock clock;

    private final MemberRepository members = new MemberRepository();

    private final TaskRepository tasks = new TaskRepository();

    private final AuditLog audit = new AuditLog();

    BackofficeAds(JcrTemplate jcr, Clock clock) {
        this.jcr = jcr;
        this.ads = new AdRepository(clock);
        this.clock = clock;
    }

    /** Any inbox task, whatever it is about; empty for an unknown or malformed id. */
    Optional<Task> task(String taskId) {
        return this.jcr.read((session) -> this.tasks.findById(session, taskId));
    }

    /** The ad with its owner, its history and its open review task, if any. */
    Optional<Record> ad(String adId) {
        return this.jcr.read((session) -> {
            Optional<Ad> ad = this.ads.findById(session, adId);
            if (ad.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(record(session, ad.get()));
        });
    }

    /** A review task with the ad it is about; empty if it is not one. */
    Optional<Review> review(String taskId) {
        return this.jcr.read((session) -> {
            Optional<Task> task = this.tasks.findById(session, taskId);
            if (task.isEmpty() || task.get().type() != TaskType.AD_REVIEW) {
                return Optional.empty();
            }
            Optional<Ad> ad = this.ads.findById(session, task.get().subjectId());
            if (ad.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Review(task.get(), record(session, ad.get())));
        });
    }

    /**
     * The ads of these ids that still exist, with their owners but without history: for
     * the inbox lines.
     */
    Map<String, Record> summaries(Collection<String> adIds) {
        if (adIds.isEmpty()) {
            return Map.of();
        }
        return this.jcr.read((session) -> {
            Map<String, Record> found = new HashMap<>();
            for (String id : adIds) {
                Optional<Ad> ad = this.ads.findById(session, id);
                if (ad.isPresent()) {
                    found.put(id, summary(session, ad.get()));
                }
            }
            return found;
        });
    }

    /**
     * One page of the ads that pass the filter, newest first. A page past the last shows
     * the last.
     */
    Found search(Filter filter, int page) {
        return this.jcr.read((session) -> {
            List<Ad> matching = matching(session, filter);
            int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            int shown = Math.min(Math.max(page, 1), pages);
            int from = (shown - 1) * PAGE_SIZE;
            List<Record> rows = new ArrayList<>();
            for (Ad ad : matching.subList(from, Math.min(from + PAGE_SIZE, matching.size()))) {
                rows.add(summary(session, ad));
            }
            return new Found(rows, matching.size(), shown, pages);
        });
    }

    /**
     * The ads in the filter's status whose title contains the filter's words (ignoring
     * case and accents) or whose owner has the filter's text as identifier. A published
     * ad past its expiry counts as expired, as staff read it, whether or not the expiry
     * job has marked it yet.
     */
    private List<Ad> matching(Session session, Filter filter) throws RepositoryException {
        List<Ad> all = inStatus(session, filter.status());
        String text = filter.text().strip();
        if (text.isEmpty()) {
            return all;
        }

        String words = AdRepository.searchText(text, "");
        String ownerId = ownerByIdentifier(session, text).map(Member::id).orElse(null);
        return all.stream()
            .filter((ad) -> ad.ownerId().equals(ownerId)
                    || (!words.isEmpty() && AdRepository.searchText(ad.content().title(), "").contains(words)))
            .toList();
    }

    private List<Ad> inStatus(Session session, @Nullable AdStatus status) throws RepositoryException {
        if (status != AdStatus.PUBLISHED && status != AdStatus.EXPIRED) {
            return this.ads.listNewestFirst(session, status);
        }
        Instant now = this.clock.instant();
        return this.ads.listNewestFirst(session, null)
            .stream()
            .filter((ad) -> (ad.isDueToExpire(now) ? AdStatus.EXPIRED : ad.status()) == status)
            .toList();
    }

    private Optional<Member> ownerByIdentifier(Session session, String text) throws RepositoryException {
        String identifier = text.toUpperCase(Locale.ROOT);
        if (!IDENTIFIER.matcher(identifier).matches()) {
            return Optional.empty();
        }
        return this.members.findByIdentifier(session, identifier);
    }

    private Record record(Session session, Ad ad) throws RepositoryException {
        List<AuditEntry> history = this.audit.forSubject(session, ad.id());
        String reviewTaskId = null;
        if (ad.status() == AdStatus.PENDING_REVIEW) {
            reviewTaskId = this.tasks.listOpen(session)
                .stream()
                .filter((task) -> task.type() == TaskType.AD_REVIEW && task.subjectId().equals(ad.id()))
                .map(Task::id)
                .findFirst()
                .orElse(null);
        }
        return new Record(ad, this.members.findById(session, ad.ownerId()).orElse(null), history, reviewTaskId);
    }

    private Record summary(Session session, Ad ad) throws RepositoryException {
        return new Record(ad, this.members.findById(session, ad.ownerId()).orElse(null), List.of(), null);
    }

    /**
     * An ad as webmasters see it.
     *
     * @param owner null once the owner's account is erased
     * @param history the audit entries about the ad, oldest first; empty in lists
     * @param reviewTaskId the open review task of an ad waiting for review
     */
    record Record(Ad ad, @Nullable Member owner, List<AuditEntry> history, @Nullable String reviewTaskId) {

        Record {
            history = List.copyOf(history);
        }

    }

    /** A review task and the ad it is about. */
    record Review(Task task, Record record) {

    }

    /**
     * What the list is narrowed to.
     *
     * @param status only ads in this status; null for all
     * @param text words of the title, or an owner's identifier; empty for all
     */
    record Filter(@Nullable AdStatus status, String text) {

    }

    /**
     * One page of the list.
     *
     * @param total how many ads pass the filter, on every page
     * @param page the page shown, from 1
     * @param pages how many pages there are, at least 1
     */
    record Found(List<Record> ads, int total, int page, int pages) {

        Found {
            ads = List.copyOf(ads);
        }

    }

}
