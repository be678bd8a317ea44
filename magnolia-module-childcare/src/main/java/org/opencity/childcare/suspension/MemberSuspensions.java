package org.opencity.childcare.suspension;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.member.IllegalTransitionException;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberNotFoundException;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.AuditLog;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.Mailer;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.token.TokenPurpose;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.TextRules;

/**
 * A webmaster suspends an active member, for a reason the member receives by mail, and
 * reactivates them later. Each change is saved in one save with its audit entry (who,
 * when, {@value #SUSPENDED} or {@value #REACTIVATED}, the reason) and with the member's
 * ads: while the member is suspended every ad of theirs stays out of the listings
 * (search, compatible ads, alerts, ad pages, the delivery API), whatever its status, and
 * comes back as it was on reactivation, without the member posting it again; an ad whose
 * lifetime ended meanwhile has expired as usual and can be renewed. A suspended member
 * cannot log in, and the password links mailed to them before are revoked; the host ends
 * their open sessions at their next request and refuses their API tokens. A change the
 * member's status does not allow (suspending a member who is not active, reactivating one
 * who is not suspended) is refused with an {@link IllegalTransitionException}; an unknown
 * member with a {@link MemberNotFoundException}.
 */
public final class MemberSuspensions {

    private static final Logger logger = LoggerFactory.getLogger(MemberSuspensions.class);

    /** Longest reason a webmaster may give for a suspension. */
    public static final int REASON_MAX = 1000;

    /** The audit action of a suspension; its detail is the reason. */
    public static final String SUSPENDED = "MEMBER_SUSPENDED";

    /** The audit action of a reactivation. */
    public static final String REACTIVATED = "MEMBER_REACTIVATED";

    private final JcrTemplate jcr;

    private final Mailer mailer;

    private final Links links;

    private final OneTimeTokens tokens;

    private final Clock clock;

    private final MemberRepository members = new MemberRepository();

    private final AdRepository ads;

    private final AuditLog audit = new AuditLog();

    public MemberSuspensions(JcrTemplate jcr, Mailer mailer, Links links, OneTimeTokens tokens, Clock clock) {
        this.jcr = jcr;
        this.mailer = mailer;
        this.links = links;
        this.tokens = tokens;
        this.clock = clock;
        this.ads = new AdRepository(clock);
    }

    /**
     * Suspends an active member for {@code reason} (required, trimmed, at most
     * {@value #REASON_MAX} characters: a field error on {@code reason} otherwise) and
     * mails it to them with whom to contact.
     */
    public Change suspend(String memberId, String staff, @Nullable String reason) {
        String why = reason(reason);

        Instant now = this.clock.instant();
        AuditLog.ensureFolders(this.jcr, now);
        Change change = this.jcr.writeRetrying((session) -> {
            Member suspended = this.members.getById(session, memberId).suspend();
            this.members.update(session, suspended);
            List<Ad> hidden = this.ads.setOwnerSuspended(session, memberId, true);
            // A password link asked for before cannot let a suspended member back in.
            this.tokens.revokeAll(session, TokenPurpose.PASSWORD_RESET, memberId);
            this.audit.record(session, new AuditEntry(now, staff, SUSPENDED, memberId, why));
            long wereListed = hidden.stream().filter((ad) -> ad.withOwnerSuspended(false).isListedAt(now)).count();
            return new Change(suspended, staff, now, why, (int) wereListed);
        });

        logger.info("Member '{}' suspended by '{}'; '{}' listed ads hidden", memberId, staff, change.listedAds());
        Member member = change.member();
        this.mailer.sendAfterCommit("memberSuspended", member.profile().email(), member.locale(),
                Map.of("firstName", member.profile().firstName(), "reason", why));
        return change;
    }

    /**
     * Reactivates a suspended member: they may log in again and their ads still within
     * their lifetime are back in the listings. The member is told by mail.
     */
    public Change reactivate(String memberId, String staff) {
        Instant now = this.clock.instant();
        AuditLog.ensureFolders(this.jcr, now);
        Change change = this.jcr.writeRetrying((session) -> {
            Member active = this.members.getById(session, memberId).reactivate();
            this.members.update(session, active);
            List<Ad> shown = this.ads.setOwnerSuspended(session, memberId, false);
            this.audit.record(session, new AuditEntry(now, staff, REACTIVATED, memberId, null));
            long listed = shown.stream().filter((ad) -> ad.isListedAt(now)).count();
            return new Change(active, staff, now, null, (int) listed);
        });

        logger.info("Member '{}' reactivated by '{}'; '{}' ads listed again", memberId, staff, change.listedAds());
        Member member = change.member();
        this.mailer.sendAfterCommit("memberReactivated", member.profile().email(), member.locale(),
                Map.of("firstName", member.profile().firstName(), "identifier",
                        Objects.requireNonNullElse(member.identifier(), ""), "loginUrl", this.links.login()));
        return change;
    }

    private static String reason(@Nullable String reason) {
        String text = TextRules.clean(reason);
        FieldErrors errors = new FieldErrors();
        if (text.isEmpty()) {
            errors.reject("reason", "childcare.suspension.error.reasonRequired");
        }
        else if (TextRules.length(text) > REASON_MAX) {
            errors.reject("reason", "childcare.validation.tooLong", REASON_MAX);
        }
        else if (TextRules.hasControlCharacters(text)) {
            errors.reject("reason", "childcare.validation.controlCharacters");
        }
        errors.throwIfAny();
        return text;
    }

    /**
     * A suspension or reactivation as saved.
     *
     * @param member the member as they now are
     * @param by the webmaster, as audit entries name them
     * @param reason the reason of a suspension; null for a reactivation
     * @param listedAds the member's ads this took out of the listings (a suspension) or
     * put back (a reactivation)
     */
    public record Change(Member member, String by, Instant at, @Nullable String reason, int listedAds) {

    }

}
