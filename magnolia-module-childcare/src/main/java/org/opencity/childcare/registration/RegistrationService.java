package org.opencity.childcare.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Session;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.jcr.ConcurrentChangeException;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.member.Profile;
import org.opencity.childcare.member.UploadedDocument;
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
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.token.TokenPurpose;
import org.opencity.childcare.validation.FieldErrors;

/**
 * The registration gate: a resident applies, a webmaster verifies and decides, the
 * applicant is told by mail. An application, its inbox task and its audit entry are saved
 * together; the decision, the member's new status, the deletion of the documents and the
 * audit entry too.
 */
public final class RegistrationService {

    private static final Logger logger = LoggerFactory.getLogger(RegistrationService.class);

    /** Longest reason a webmaster may give for a rejection. */
    public static final int REASON_MAX = 1000;

    /** How many times a save that clashed with a simultaneous one is tried. */

    private final JcrTemplate jcr;

    private final MemberRepository members;

    private final TaskRepository tasks;

    private final AuditLog audit;

    private final OneTimeTokens tokens;

    private final IdentifierGenerator identifiers;

    private final RegistrationValidator validator;

    private final Mailer mailer;

    private final Links links;

    private final Clock clock;

    private final Duration activationValidity;

    public RegistrationService(JcrTemplate jcr, Neighbourhoods neighbourhoods, OneTimeTokens tokens,
            IdentifierGenerator identifiers, Mailer mailer, Links links, Clock clock, Duration activationValidity) {
        this.jcr = jcr;
        this.members = new MemberRepository();
        this.tasks = new TaskRepository();
        this.audit = new AuditLog();
        this.tokens = tokens;
        this.identifiers = identifiers;
        this.validator = new RegistrationValidator(neighbourhoods, clock);
        this.mailer = mailer;
        this.links = links;
        this.clock = clock;
        this.activationValidity = activationValidity;
    }

    /**
     * Records an application. Whether the address is new or already registered, the
     * applicant gets the same answer; an address already in use never gets a second
     * account, and its owner is told by mail that someone tried.
     */
    public void register(RegistrationForm form, List<UploadedDocument> documents, FieldErrors documentErrors,
            Locale locale) {
        if (documents.isEmpty() && !documentErrors.has("documents")) {
            documentErrors.reject("documents", "childcare.registration.error.documentsRequired");
        }
        Profile profile = this.validator.validate(form, documentErrors);

        Instant now = this.clock.instant();
        prepareFolders(now);
        Optional<Member> created;
        try {
            created = this.jcr.writeRetrying((session) -> add(session, profile, documents, locale, now));
        }
        catch (ConcurrentChangeException ex) {
            logger.info("Simultaneous applications with one address; the second one was not recorded");
            return;
        }

        if (created.isPresent()) {
            logger.info("Application '{}' received, task opened", created.get().id());
            this.mailer.sendAfterCommit("registrationReceived", profile.email(), locale,
                    Map.of("firstName", profile.firstName()));
        }
        else {
            logger.info("Application with an address already registered: no account created");
            this.mailer.sendAfterCommit("registrationDuplicate", profile.email(), locale,
                    Map.of("loginUrl", this.links.login(), "forgottenUrl", this.links.forgottenPassword()));
        }
    }

    /**
     * Approves the application behind the task: the member becomes active, gets an
     * identifier and a mail with a single-use link to choose a password; their documents
     * are deleted.
     */
    public Member approve(String taskId, String staff, List<String> checks) {
        Instant now = this.clock.instant();
        prepareFolders(now);
        String token = this.tokens.newToken();
        this.tokens.prepare(this.jcr, token);
        Member approved = decide(taskId, new Decision(Outcome.APPROVED, staff, now, null, checks),
                (session, member) -> {
                    Member next = member.approve(uniqueIdentifier(session), staff, now);
                    this.tokens.issue(session, token, TokenPurpose.ACTIVATION, next.id(), this.activationValidity);
                    return next;
                });

        logger.info("Application '{}' approved by '{}'", approved.id(), staff);
        this.mailer.sendAfterCommit("registrationApproved", approved.profile().email(), approved.locale(),
                Map.of("firstName", approved.profile().firstName(), "identifier", approved.identifier(),
                        "activationUrl", this.links.activation(token), "validityHours",
                        this.activationValidity.toHours()));
        return approved;
    }

    /**
     * Rejects the application behind the task, for a reason that is mailed to the
     * applicant.
     */
    public Member reject(String taskId, String staff, @Nullable String reason, List<String> checks) {
        String text = (reason != null) ? reason.strip() : "";
        FieldErrors errors = new FieldErrors();
        if (text.isEmpty()) {
            errors.reject("reason", "childcare.inbox.error.reasonRequired");
        }
        else if (text.codePointCount(0, text.length()) > REASON_MAX) {
            errors.reject("reason", "childcare.validation.tooLong", REASON_MAX);
        }
        errors.throwIfAny();

        Instant now = this.clock.instant();
        prepareFolders(now);
        Member rejected = decide(taskId, new Decision(Outcome.REJECTED, staff, now, text, checks),
                (session, member) -> member.reject(staff, now, text));

        logger.info("Application '{}' rejected by '{}'", rejected.id(), staff);
        this.mailer.sendAfterCommit("registrationRejected", rejected.profile().email(), rejected.locale(),
                Map.of("firstName", rejected.profile().firstName(), "reason", text));
        return rejected;
    }

    private Optional<Member> add(Session session, Profile profile, List<UploadedDocument> documents, Locale locale,
            Instant now) throws javax.jcr.RepositoryException {
        Optional<Member> existing = this.members.findByEmail(session, profile.email());
        if (existing.isPresent() && existing.get().status() != MemberStatus.REJECTED
                && existing.get().status() != MemberStatus.CLOSED) {
            return Optional.empty();
        }
        Member member = this.members.add(session, profile, now, locale, documents);
        Task task = this.tasks.open(session, TaskType.REGISTRATION, member.id(), now);
        this.audit.record(session, new AuditEntry(now, "applicant", "REGISTRATION_RECEIVED", member.id(), task.id()));
        return Optional.of(member);
    }

    private Member decide(String taskId, Decision decision, MemberChange change) {
        try {
            return this.jcr.writeRetrying((session) -> {
                Task task = this.tasks.getById(session, taskId);
                if (task.type() != TaskType.REGISTRATION) {
                    throw new IllegalArgumentException("Task '" + taskId + "' is not a registration");
                }
                this.tasks.decide(session, taskId, decision);
                Member member = this.members.getById(session, task.subjectId());
                if (member.status() != MemberStatus.PENDING) {
                    throw new AlreadyDecidedException(taskId, null);
                }
                Member next = change.apply(session, member);
                this.members.update(session, next);
                int deleted = this.members.deleteDocuments(session, member.id());
                this.audit.record(session, new AuditEntry(decision.decidedAt(), decision.decidedBy(),
                        "REGISTRATION_" + decision.outcome(), member.id(), decision.reason()));
                logger.debug("Deleted '{}' documents of application '{}'", deleted, member.id());
                return next;
            });
        }
        catch (ConcurrentChangeException ex) {
            throw new AlreadyDecidedException(taskId, null);
        }
    }

    private String uniqueIdentifier(Session session) throws javax.jcr.RepositoryException {
        String identifier = this.identifiers.next();
        while (this.members.identifierTaken(session, identifier)) {
            identifier = this.identifiers.next();
        }
        return identifier;
    }

    private void prepareFolders(Instant now) {
        MemberRepository.ensureFolders(this.jcr, now);
        TaskRepository.ensureFolders(this.jcr, now);
        AuditLog.ensureFolders(this.jcr, now);
    }

    @FunctionalInterface
    private interface MemberChange {

        Member apply(Session session, Member member) throws javax.jcr.RepositoryException;

    }

}
