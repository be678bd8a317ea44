package org.opencity.childcare.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.ConcurrentChangeException;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.RepositoryFailure;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.Mailer;

/**
 * Accounts nobody uses are not kept for ever: a member who has not logged in for the
 * inactivity period (two years by default) is warned by mail, once, some time before (30
 * days by default) that their account will be deleted on a given date unless they log in;
 * when the date comes without a login, the account is deleted as if they had asked
 * ({@link AccountDeletion}). A login clears the warning. Only active members are
 * concerned: a suspended member cannot log in, so a warning would ask the impossible.
 *
 * <p>
 * The deletion date is never less than the warning period after the mail, even for an
 * account already long inactive when the job first sees it, and falls on a whole day of
 * the city (the mail names a date, and the nightly run deletes on it).
 *
 * <p>
 * Each member is handled in their own save after a fresh look, so a run is harmless twice
 * or on two cluster nodes at once: a warning is claimed before its mail is sent, and
 * released if the mail could not go, for the next run to try again.
 */
public final class InactiveAccounts {

    private static final Logger logger = LoggerFactory.getLogger(InactiveAccounts.class);

    /** Who the audit trail names for the deletions of this job. */
    static final String ACTOR = "inactivity-job";

    private final JcrTemplate jcr;

    private final AccountDeletion deletion;

    private final Mailer mailer;

    private final Links links;

    private final Clock clock;

    private final InactivitySettings settings;

    private final ActivityRepository activity = new ActivityRepository();

    private final MemberRepository members = new MemberRepository();

    public InactiveAccounts(JcrTemplate jcr, AccountDeletion deletion, Mailer mailer, Links links, Clock clock,
            InactivitySettings settings) {
        this.jcr = jcr;
        this.deletion = deletion;
        this.mailer = mailer;
        this.links = links;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Records a successful login of the member now; a pending warning no longer holds.
     */
    public void recordLogin(String memberId) {
        Instant now = this.clock.instant();
        this.jcr.write((session) -> {
            this.activity.recordLogin(session, memberId, now);
            return memberId;
        });
    }

    /** The member's activity as stored; empty for an unknown member. */
    public Optional<MemberActivity> activityOf(String memberId) {
        return this.jcr.read((session) -> this.activity.find(session, memberId));
    }

    /** Warns the members inactive long enough, and deletes those whose date has come. */
    public Result run() {
        Instant now = this.clock.instant();
        Instant warnIfNotSeenSince = now.minus(this.settings.warnAfter());
        List<MemberActivity> active = this.jcr.read(this.activity::listActive);
        int warned = 0;
        int deleted = 0;
        int skipped = 0;
        for (MemberActivity candidate : active) {
            try {
                if (candidate.dueForDeletion(now)) {
                    deleted += delete(candidate.memberId(), now) ? 1 : 0;
                }
                else if (candidate.staleWarning()) {
                    clearWarning(candidate.memberId());
                }
                else if (candidate.warnedAt() == null && !candidate.lastSeenAt().isAfter(warnIfNotSeenSince)) {
                    warned += warn(candidate, now) ? 1 : 0;
                }
            }
            catch (RepositoryFailure ex) {
                // Includes a save that clashed with a simultaneous change of the member.
                logger.warn("Member '{}' could not be handled; left to the next run", candidate.memberId(), ex);
                skipped++;
            }
        }

        Result result = new Result(warned, deleted, skipped);
        logger.info("Inactive accounts run: warned '{}', deleted '{}', skipped '{}'", warned, deleted, skipped);
        return result;
    }

    private boolean warn(MemberActivity candidate, Instant now) {
        Instant deletionAt = deletionDate(candidate, now);
        Optional<Member> member;
        try {
            member = this.jcr.write((session) -> {
                Optional<MemberActivity> current = this.activity.find(session, candidate.memberId());
                boolean stillInactive = current.isPresent()
                        && current.get().lastSeenAt().equals(candidate.lastSeenAt());
                if (!stillInactive || !this.activity.claimWarning(session, candidate.memberId(), now, deletionAt)) {
                    return Optional.<Member>empty();
                }
                return this.members.findById(session, candidate.memberId())
                    .filter((found) -> found.status() == MemberStatus.ACTIVE);
            });
        }
        catch (ConcurrentChangeException ex) {
            logger.info("Member '{}' changed meanwhile; warning left to the next run", candidate.memberId());
            return false;
        }
        if (member.isEmpty()) {
            return false;
        }
        try {
            send(member.get(), deletionAt);
        }
        catch (RuntimeException ex) {
            clearWarning(candidate.memberId());
            logger.warn("Inactivity warning to member '{}' could not be sent; the next run tries again",
                    candidate.memberId(), ex);
            return false;
        }
        logger.info("Member '{}' warned that their inactive account goes on '{}'", candidate.memberId(), deletionAt);
        return true;
    }

    private boolean delete(String memberId, Instant now) {
        Optional<AccountDeletion.Deleted> deleted = this.deletion.delete(memberId, ACTOR, (session, member) -> {
            Optional<MemberActivity> current = this.activity.find(session, memberId);
            return member.status() == MemberStatus.ACTIVE && current.isPresent() && current.get().dueForDeletion(now);
        });
        deleted.ifPresent((done) -> logger.info("Inactive account '{}' deleted: {}", memberId, done.counts()));
        return deleted.isPresent();
    }

    private void clearWarning(String memberId) {
        this.jcr.write((session) -> {
            this.activity.clearWarning(session, memberId);
            return memberId;
        });
    }

    /**
     * The day the account goes: the end of the inactivity period, but never sooner than
     * the warning period from now; rounded up to the start of a day in the city.
     */
    private Instant deletionDate(MemberActivity candidate, Instant now) {
        Instant end = candidate.lastSeenAt().plus(this.settings.inactiveAfter());
        Instant earliest = now.plus(this.settings.warningBefore());
        ZonedDateTime at = (end.isAfter(earliest) ? end : earliest).atZone(this.clock.getZone());
        ZonedDateTime startOfDay = at.toLocalDate().atStartOfDay(at.getZone());
        return (at.toLocalTime().equals(LocalTime.MIDNIGHT) ? startOfDay : startOfDay.plusDays(1)).toInstant();
    }

    private void send(Member member, Instant deletionAt) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Messages.supported(member.locale()));
        this.mailer.send("inactiveAccountWarning", member.profile().email(), member.locale(),
                Map.of("firstName", member.profile().firstName(), "deletionDate",
                        date.format(deletionAt.atZone(this.clock.getZone())), "loginUrl", this.links.login()));
    }

    /**
     * What one run did.
     *
     * @param warned members mailed that their account will be deleted
     * @param deleted accounts deleted after their warning's date
     * @param skipped members left to the next run because a save failed
     */
    public record Result(int warned, int deleted, int skipped) {

    }

}
