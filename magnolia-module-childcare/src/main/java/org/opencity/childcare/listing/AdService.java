package org.opencity.childcare.listing;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.ConcurrentChangeException;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.RepositoryFailure;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.moderation.AlreadyDecidedException;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.AuditLog;
import org.opencity.childcare.moderation.Decision;
import org.opencity.childcare.moderation.Outcome;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.moderation.TaskRepository;
import org.opencity.childcare.moderation.TaskType;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.Mailer;
import org.opencity.childcare.token.InvalidTokenException;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.token.TokenPurpose;
import org.opencity.childcare.token.TokenState;
import org.opencity.childcare.validation.FieldErrors;

/**
 * Posting and managing ads: members post, edit, withdraw, renew and close their own ads;
 * webmasters review and remove them. Each change is saved together with its audit entry,
 * in one save; a change that clashes with a simultaneous one fails with a
 * {@link ConcurrentChangeException} rather than being merged. A member asking about an ad
 * that is not theirs gets the same {@link AdNotFoundException} as for one that does not
 * exist.
 */
public final class AdService {

    private static final Logger logger = LoggerFactory.getLogger(AdService.class);

    /** Longest reason a webmaster may give for removing or rejecting an ad. */
    public static final int REASON_MAX = 1000;

    /**
     * The reason recorded on a review task closed because the owner withdrew the ad
     * before anyone reviewed it.
     */
    public static final String WITHDRAWN_BY_OWNER = "withdrawn by its owner";

    private final JcrTemplate jcr;

    private final AdRepository ads;

    private final MemberRepository members;

    private final TaskRepository tasks;

    private final AuditLog audit;

    private final AdValidator validator;

    private final Mailer mailer;

    private final Links links;

    private final OneTimeTokens tokens;

    private final Clock clock;

    private final AdSettings settings;

    public AdService(JcrTemplate jcr, Neighbourhoods neighbourhoods, Mailer mailer, Links links, OneTimeTokens tokens,
            Clock clock, AdSettings settings) {
        this.jcr = jcr;
        this.ads = new AdRepository(clock);
        this.members = new MemberRepository();
        this.tasks = new TaskRepository();
        this.audit = new AuditLog();
        this.validator = new AdValidator(neighbourhoods, clock);
        this.mailer = mailer;
        this.links = links;
        this.tokens = tokens;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Posts a new ad for an active member: published at once for the configured lifetime,
     * or waiting in the inbox for review when pre-moderation is on.
     */
    public Ad post(String memberId, AdForm form) {
        Member member = activeMember(memberId);
        AdContent content = this.validator.validate(form, member.profile().kind());

        Instant now = this.clock.instant();
        prepareFolders(now);
        Ad posted = this.jcr.write((session) -> {
            requireActive(session, memberId);
            Ad draft = this.ads.add(session, memberId, content, now);
            if (this.settings.preModeration()) {
                Ad pending = draft.submitForReview();
                this.ads.update(session, pending);
                Task task = this.tasks.open(session, TaskType.AD_REVIEW, pending.id(), now);
                this.audit.record(session, new AuditEntry(now, memberId, "AD_SUBMITTED", pending.id(), task.id()));
                return pending;
            }
            Ad published = draft.publish(now, this.settings.lifetime());
            this.ads.update(session, published);
            this.audit.record(session, new AuditEntry(now, memberId, "AD_POSTED", published.id(), null));
            return published;
        });

        logger.info("Ad '{}' posted, now '{}'", posted.id(), posted.status());
        return posted;
    }

    /** The member's own ad; an {@link AdNotFoundException} for any other. */
    public Ad getOwn(String memberId, String adId) {
        return this.jcr.read((session) -> ownAd(session, memberId, adId));
    }

    /** The member's ads in every status, newest first. */
    public List<Ad> listOwn(String memberId) {
        return this.jcr.read((session) -> this.ads.listByOwner(session, memberId));
    }

    /**
     * The ad as other members may see it: only while it is in the listings, or for its
     * owner whatever its status.
     */
    public Optional<Ad> findVisible(String memberId, String adId) {
        Instant now = this.clock.instant();
        return this.jcr.read((session) -> this.ads.findById(session, adId))
            .filter((ad) -> ad.ownerId().equals(memberId) || ad.isListedAt(now));
    }

    /**
     * The ads of these ids that are in the listings, in the order given: a search page's
     * results, read in one session. Ads that left the listings since are left out.
     */
    public List<Ad> findListed(List<String> adIds) {
        Instant now = this.clock.instant();
        return this.jcr.read((session) -> {
            List<Ad> found = new ArrayList<>(adIds.size());
            for (String id : adIds) {
                this.ads.findById(session, id).filter((ad) -> ad.isListedAt(now)).ifPresent(found::add);
            }
            return found;
        });
    }

    /**
     * Replaces what the ad says, keeping its status and lifetime; refused once the ad
     * left the listings for good.
     */
    public Ad edit(String memberId, String adId, AdForm form) {
        Member member = activeMember(memberId);
        getOwn(memberId, adId);
        AdContent content = this.validator.validate(form, member.profile().kind());

        Instant now = this.clock.instant();
        prepareFolders(now);
        Ad edited = this.jcr.write((session) -> {
            requireActive(session, memberId);
            Ad ad = ownAd(session, memberId, adId);
            if (ad.status().next().isEmpty()) {
                throw new AdNotEditableException(adId, ad.status());
            }
            Ad next = ad.withContent(content);
            this.ads.update(session, next);
            this.audit.record(session, new AuditEntry(now, memberId, "AD_EDITED", adId, null));
            return next;
        });

        logger.info("Ad '{}' edited by its owner", adId);
        return edited;
    }

    /**
     * Takes the ad down for good, at its owner's request. An ad still waiting for review
     * leaves the inbox too: its review task is closed in the same save, so that no
     * webmaster reviews an ad that is gone.
     */
    public Ad withdraw(String memberId, String adId) {
        Instant now = this.clock.instant();
        prepareFolders(now);
        Ad withdrawn = this.jcr.write((session) -> {
            Ad ad = ownAd(session, memberId, adId);
            Ad next = ad.withdraw();
            this.ads.update(session, next);
            this.audit.record(session, new AuditEntry(now, memberId, "AD_WITHDRAWN", adId, null));
            if (ad.status() == AdStatus.PENDING_REVIEW) {
                cancelReview(session, adId, memberId, now);
            }
            return next;
        });

        logger.info("Ad '{}' withdrawn by its owner", adId);
        return withdrawn;
    }

    /**
     * Starts a new lifetime from now for a published or an expired ad.
     */
    public Ad renew(String memberId, String adId) {
        Instant now = this.clock.instant();
        return ownerChange(memberId, adId, "AD_RENEWED", true, (ad) -> ad.renew(now, this.settings.lifetime()));
    }

    /**
     * Closes the ad, recording whether the owner found care through the service (the city
     * reports it).
     */
    public Ad close(String memberId, String adId, boolean foundCare) {
        return ownerChange(memberId, adId, foundCare ? "AD_CLOSED_CARE_FOUND" : "AD_CLOSED", false,
                (ad) -> ad.close(foundCare));
    }

    /**
     * The ad a renewal link was issued for, while the link is valid; looking does not use
     * the link up, so mail scanners that open links do not spend it.
     */
    public Optional<Ad> adOfRenewalLink(@Nullable String token) {
        String raw = (token != null) ? token : "";
        return this.jcr.read((session) -> {
            Optional<String> adId = this.tokens.peek(session, TokenPurpose.AD_RENEWAL, raw);
            return adId.isPresent() ? this.ads.findById(session, adId.get()) : Optional.empty();
        });
    }

    /** Why a renewal link cannot be used (or that it can). */
    public TokenState renewalLinkState(@Nullable String token) {
        String raw = (token != null) ? token : "";
        return this.jcr.read((session) -> this.tokens.check(session, TokenPurpose.AD_RENEWAL, raw));
    }

    /**
     * Renews the ad of a single-use link from the reminder mail, without logging in. A
     * link used once, expired or unknown is refused with an {@link InvalidTokenException}
     * saying why; two uses at the same moment renew once.
     */
    public Ad renewWithToken(String token) {
        Instant now = this.clock.instant();
        prepareFolders(now);
        Ad renewed;
        try {
            renewed = this.jcr.write((session) -> {
                String adId = this.tokens.use(session, TokenPurpose.AD_RENEWAL, token);
                Ad ad = this.ads.findForUpdate(session, adId)
                    .orElseThrow(() -> new InvalidTokenException(TokenState.UNKNOWN));
                Ad next = ad.renew(now, this.settings.lifetime());
                this.ads.update(session, next);
                this.audit.record(session, new AuditEntry(now, ad.ownerId(), "AD_RENEWED", adId, "link"));
                return next;
            });
        }
        catch (RepositoryFailure ex) {
            // Two clicks saved at once clash; Jackrabbit reports some such clashes as
            // plain
            // failures. If the link was used meanwhile, that is the answer; otherwise the
            // failure is real.
            TokenState state = this.jcr.read((session) -> this.tokens.check(session, TokenPurpose.AD_RENEWAL, token));
            if (state != TokenState.VALID) {
                throw new InvalidTokenException(state);
            }
            throw ex;
        }

        logger.info("Ad '{}' renewed from the reminder link", renewed.id());
        return renewed;
    }

    /**
     * Takes any ad down as a webmaster, for a reason that is mailed to its owner.
     */
    public Ad remove(String adId, String staff, @Nullable String reason) {
        String why = reason(reason);

        Instant now = this.clock.instant();
        prepareFolders(now);
        Change change = this.jcr.write((session) -> {
            Ad ad = this.ads.findForUpdate(session, adId).orElseThrow(() -> new AdNotFoundException(adId));
            Ad next = ad.remove(why);
            this.ads.update(session, next);
            this.audit.record(session, new AuditEntry(now, staff, "AD_REMOVED", adId, why));
            return new Change(next, this.members.findById(session, ad.ownerId()));
        });

        logger.info("Ad '{}' removed by '{}'", adId, staff);
        tellOwner("adRemoved", change, why);
        return change.ad();
    }

    /** Publishes the ad behind a review task, for the configured lifetime. */
    public Ad approve(String taskId, String staff) {
        Instant now = this.clock.instant();
        prepareFolders(now);
        Change change = decide(taskId, new Decision(Outcome.APPROVED, staff, now, null, List.of()),
                (ad) -> ad.publish(now, this.settings.lifetime()));

        change.owner().ifPresent((owner) -> {
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Messages.supported(owner.locale()));
            Instant expiry = Objects.requireNonNull(change.ad().expiresAt());
            this.mailer.sendAfterCommit("adPublished", owner.profile().email(), owner.locale(),
                    Map.of("firstName", owner.profile().firstName(), "title", change.ad().content().title(), "adUrl",
                            this.links.ad(change.ad().id()), "expiryDate",
                            date.format(expiry.atZone(this.clock.getZone()))));
        });
        logger.info("Ad '{}' approved by '{}'", change.ad().id(), staff);
        return change.ad();
    }

    /** Refuses the ad behind a review task, for a reason that is mailed to its owner. */
    public Ad reject(String taskId, String staff, @Nullable String reason) {
        String why = reason(reason);

        Instant now = this.clock.instant();
        prepareFolders(now);
        Change change = decide(taskId, new Decision(Outcome.REJECTED, staff, now, why, List.of()),
                (ad) -> ad.reject(why));

        logger.info("Ad '{}' rejected by '{}'", change.ad().id(), staff);
        tellOwner("adReviewRejected", change, why);
        return change.ad();
    }

    private Change decide(String taskId, Decision decision, AdChange change) {
        try {
            return this.jcr.write((session) -> {
                Task task = this.tasks.getById(session, taskId);
                if (task.type() != TaskType.AD_REVIEW) {
                    throw new IllegalArgumentException("Task '" + taskId + "' is not an ad review");
                }
                this.tasks.decide(session, taskId, decision);
                Ad ad = this.ads.findForUpdate(session, task.subjectId())
                    .orElseThrow(() -> new AdNotFoundException(task.subjectId()));
                Ad next = change.apply(ad);
                this.ads.update(session, next);
                this.audit.record(session, new AuditEntry(decision.decidedAt(), decision.decidedBy(),
                        "AD_" + decision.outcome(), ad.id(), decision.reason()));
                return new Change(next, this.members.findById(session, ad.ownerId()));
            });
        }
        catch (ConcurrentChangeException ex) {
            throw new AlreadyDecidedException(taskId, null);
        }
    }

    /**
     * Closes the open review tasks of an ad its owner withdrew. There is no outcome for
     * "nothing left to decide", so the task is closed as refused, signed by the owner,
     * with {@link #WITHDRAWN_BY_OWNER} as the reason; the audit entry names the task.
     */
    private void cancelReview(Session session, String adId, String memberId, Instant now) throws RepositoryException {
        for (Task task : this.tasks.listOpen(session)) {
            if (task.type() == TaskType.AD_REVIEW && task.subjectId().equals(adId)) {
                this.tasks.decide(session, task.id(),
                        new Decision(Outcome.REJECTED, memberId, now, WITHDRAWN_BY_OWNER, List.of()));
                this.audit.record(session, new AuditEntry(now, memberId, "AD_REVIEW_CANCELLED", adId, task.id()));
            }
        }
    }

    private Ad ownerChange(String memberId, String adId, String action, boolean activeOnly, AdChange change) {
        if (activeOnly) {
            activeMember(memberId);
        }

        Instant now = this.clock.instant();
        prepareFolders(now);
        Ad changed = this.jcr.write((session) -> {
            Ad next = change.apply(ownAd(session, memberId, adId));
            this.ads.update(session, next);
            this.audit.record(session, new AuditEntry(now, memberId, action, adId, null));
            return next;
        });

        logger.info("Ad '{}' changed by its owner: '{}'", adId, action);
        return changed;
    }

    private Ad ownAd(Session session, String memberId, String adId) throws RepositoryException {
        return this.ads.findForUpdate(session, adId)
            .filter((ad) -> ad.ownerId().equals(memberId))
            .orElseThrow(() -> new AdNotFoundException(adId));
    }

    private Member activeMember(String memberId) {
        return this.jcr.read((session) -> requireActive(session, memberId));
    }

    private Member requireActive(Session session, String memberId) throws RepositoryException {
        Member member = this.members.getById(session, memberId);
        if (member.status() != MemberStatus.ACTIVE) {
            throw new InactiveMemberException(memberId, member.status());
        }
        return member;
    }

    private void tellOwner(String template, Change change, String reason) {
        if (change.owner().isEmpty()) {
            logger.warn("Ad '{}' has no owner any more; mail '{}' not sent", change.ad().id(), template);
            return;
        }
        Member owner = change.owner().get();
        this.mailer.sendAfterCommit(template, owner.profile().email(), owner.locale(), Map.of("firstName",
                owner.profile().firstName(), "title", change.ad().content().title(), "reason", reason));
    }

    private static String reason(@Nullable String reason) {
        String text = (reason != null) ? reason.strip() : "";
        FieldErrors errors = new FieldErrors();
        if (text.isEmpty()) {
            errors.reject("reason", "childcare.ad.error.reasonRequired");
        }
        else if (text.codePointCount(0, text.length()) > REASON_MAX) {
            errors.reject("reason", "childcare.validation.tooLong", REASON_MAX);
        }
        errors.throwIfAny();
        return text;
    }

    private void prepareFolders(Instant now) {
        AdRepository.ensureFolders(this.jcr, now);
        TaskRepository.ensureFolders(this.jcr, now);
        AuditLog.ensureFolders(this.jcr, now);
    }

    /** A saved change and the owner to tell about it, if they still exist. */
    private record Change(Ad ad, Optional<Member> owner) {

    }

    @FunctionalInterface
    private interface AdChange {

        Ad apply(Ad ad) throws RepositoryException;

    }

}
