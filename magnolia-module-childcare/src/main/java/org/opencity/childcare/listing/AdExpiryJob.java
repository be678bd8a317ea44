package org.opencity.childcare.listing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.ConcurrentChangeException;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.RepositoryFailure;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.AuditLog;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.Mailer;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.token.TokenPurpose;

/**
 * The scheduled side of an ad's life, run every hour: marks ads whose time is up as
 * expired, reminds owners before expiry with a one-click renewal link, and purges ads out
 * of the listings for longer than the retention period.
 *
 * <p>
 * Each ad is handled in its own save after a fresh look at it, so the job is harmless if
 * run twice or on two cluster nodes at once: of two simultaneous saves about one ad only
 * one succeeds, the other is skipped and that ad handled by the next run. A reminder mail
 * is sent only after its save succeeded, so an owner is never reminded twice for one
 * lifetime.
 */
public final class AdExpiryJob {

    private static final Logger logger = LoggerFactory.getLogger(AdExpiryJob.class);

    /** Who the audit trail names for the job's changes. */
    static final String ACTOR = "expiry-job";

    private final JcrTemplate jcr;

    private final AdRepository ads;

    private final MemberRepository members;

    private final AuditLog audit;

    private final Mailer mailer;

    private final Links links;

    private final OneTimeTokens tokens;

    private final Clock clock;

    private final AdSettings settings;

    public AdExpiryJob(JcrTemplate jcr, Mailer mailer, Links links, OneTimeTokens tokens, Clock clock,
            AdSettings settings) {
        this.jcr = jcr;
        this.ads = new AdRepository(clock);
        this.members = new MemberRepository();
        this.audit = new AuditLog();
        this.mailer = mailer;
        this.links = links;
        this.tokens = tokens;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Does one round of expiry, reminders and purge, and says how many ads each touched.
     */
    public Result run() {
        Instant now = this.clock.instant();
        AuditLog.ensureFolders(this.jcr, now);
        Counter skipped = new Counter();

        int expired = expire(now, skipped);
        int reminded = remind(now, skipped);
        int purged = purge(now, skipped);

        Result result = new Result(expired, reminded, purged, skipped.value);
        logger.info("Ad expiry run: expired '{}', reminded '{}', purged '{}', skipped '{}'", result.expired(),
                result.reminded(), result.purged(), result.skipped());
        return result;
    }

    private int expire(Instant now, Counter skipped) {
        List<Ad> due = this.jcr.read((session) -> this.ads.listDueForExpiry(session, now));
        int count = 0;
        for (Ad candidate : due) {
            boolean done = attempt(candidate, "expire", skipped, (session) -> {
                Optional<Ad> ad = this.ads.findForUpdate(session, candidate.id());
                if (ad.isEmpty() || !ad.get().isDueToExpire(now)) {
                    return false;
                }
                this.ads.update(session, ad.get().expire(now));
                this.audit.record(session, new AuditEntry(now, ACTOR, "AD_EXPIRED", candidate.id(), null));
                return true;
            });
            count += done ? 1 : 0;
        }
        return count;
    }

    private int remind(Instant now, Counter skipped) {
        List<Ad> expiring = this.jcr
            .read((session) -> this.ads.listNeedingReminder(session, now, now.plus(this.settings.reminderBefore())));
        int count = 0;
        for (Ad candidate : expiring) {
            String token = this.tokens.newToken();
            this.tokens.prepare(this.jcr, token);
            Optional<Reminder> reminder = attempt(candidate, "remind", skipped, (session) -> {
                Optional<Ad> ad = this.ads.findForUpdate(session, candidate.id());
                if (ad.isEmpty() || !ad.get().isListedAt(now)
                        || !this.ads.claimReminder(session, candidate.id(), now)) {
                    return Optional.<Reminder>empty();
                }
                Optional<Member> owner = this.members.findById(session, ad.get().ownerId())
                    .filter((member) -> member.status() == MemberStatus.ACTIVE);
                if (owner.isEmpty()) {
                    return Optional.<Reminder>empty();
                }
                this.tokens.issue(session, token, TokenPurpose.AD_RENEWAL, candidate.id(),
                        this.settings.renewalLinkValidity());
                return Optional.of(new Reminder(ad.get(), owner.get()));
            }, Optional.empty());
            if (reminder.isPresent()) {
                send(reminder.get(), token);
                count++;
            }
        }
        return count;
    }

    private int purge(Instant now, Counter skipped) {
        Instant before = now.minus(this.settings.retention());
        List<Ad> purgeable = this.jcr.read((session) -> this.ads.listPurgeable(session, before));
        int count = 0;
        for (Ad candidate : purgeable) {
            boolean done = attempt(candidate, "purge", skipped, (session) -> {
                Optional<Ad> ad = this.ads.findForUpdate(session, candidate.id());
                if (ad.isEmpty() || ad.get().status() != candidate.status()) {
                    return false;
                }
                this.ads.delete(session, candidate.id());
                this.audit.record(session, new AuditEntry(now, ACTOR, "AD_PURGED", candidate.id(), null));
                return true;
            });
            count += done ? 1 : 0;
        }
        return count;
    }

    private void send(Reminder reminder, String token) {
        Member owner = reminder.owner();
        ZonedDateTime expiry = reminder.ad().expiresAt().atZone(this.clock.getZone());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Messages.supported(owner.locale()));
        this.mailer.sendAfterCommit("adReminder", owner.profile().email(), owner.locale(),
                Map.of("firstName", owner.profile().firstName(), "title", reminder.ad().content().title(), "expiryDate",
                        date.format(expiry), "expiryTime", DateTimeFormatter.ofPattern("HH:mm").format(expiry),
                        "renewUrl", this.links.adRenewal(token), "adUrl", this.links.ad(reminder.ad().id()),
                        "validityDays", this.settings.renewalLinkValidity().toDays(), "lifetimeDays",
                        this.settings.lifetime().toDays()));
    }

    private boolean attempt(Ad ad, String step, Counter skipped, JcrTemplate.SessionWork<Boolean> work) {
        return attempt(ad, step, skipped, work, false);
    }

    /**
     * Saves one ad's change; a save that clashed with another (a second run, an owner's
     * action) is skipped and left to the next run.
     */
    private <T> T attempt(Ad ad, String step, Counter skipped, JcrTemplate.SessionWork<T> work, T unchanged) {
        try {
            return this.jcr.write(work);
        }
        catch (ConcurrentChangeException ex) {
            logger.info("Ad '{}' changed meanwhile; '{}' skipped until the next run", ad.id(), step);
        }
        catch (RepositoryFailure ex) {
            // Jackrabbit reports some clashes between simultaneous saves as plain
            // failures.
            logger.warn("Ad '{}' could not be saved; '{}' skipped until the next run", ad.id(), step, ex);
        }
        skipped.value++;
        return unchanged;
    }

    /**
     * What one run did.
     *
     * @param expired ads marked expired
     * @param reminded owners reminded of a coming expiry
     * @param purged ads deleted after the retention period
     * @param skipped ads left to the next run because they changed meanwhile
     */
    public record Result(int expired, int reminded, int purged, int skipped) {

    }

    private record Reminder(Ad ad, Member owner) {

    }

    private static final class Counter {

        private int value;

    }

}
