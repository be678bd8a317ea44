package org.opencity.childcare.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.conversation.Conversation;
import org.opencity.childcare.conversation.ConversationNotFoundException;
import org.opencity.childcare.conversation.ConversationRepository;
import org.opencity.childcare.jcr.ConcurrentChangeException;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdNotFoundException;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.AdService;
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
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.TextRules;

/**
 * Members report an ad or another member; webmasters decide. A report, its inbox task
 * ({@link TaskType#REPORT}, whose subject is the report) and its audit entry are saved
 * together. A member has at most one open report per ad or member. A report is decided
 * once: dismissed with an optional note, or, for an ad, by removing the ad (its owner is
 * mailed the reason); a second decision fails with an {@link AlreadyDecidedException}.
 */
public final class ReportService {

    private static final Logger logger = LoggerFactory.getLogger(ReportService.class);

    /** Longest text a reporter may add. */
    public static final int DETAILS_MAX = 1000;

    /** Longest note a webmaster may add when dismissing. */
    public static final int NOTE_MAX = 1000;

    /**
     * The decision's reason when a webmaster dismisses without a note (a refusal needs
     * one); the report itself keeps no note.
     */
    static final String NO_NOTE = "dismissed without a note";

    /** How many times a save that clashed with a simultaneous one is tried. */

    private final JcrTemplate jcr;

    private final AdService adService;

    private final Clock clock;

    private final ReportRepository reports = new ReportRepository();

    private final AdRepository ads;

    private final MemberRepository members = new MemberRepository();

    private final ConversationRepository conversations = new ConversationRepository();

    private final TaskRepository tasks = new TaskRepository();

    private final AuditLog audit = new AuditLog();

    public ReportService(JcrTemplate jcr, AdService adService, Clock clock) {
        this.jcr = jcr;
        this.adService = adService;
        this.clock = clock;
        this.ads = new AdRepository(clock);
    }

    /**
     * A listed ad the member may report; an {@link AdNotFoundException} for an unknown or
     * unlisted ad, a {@link ReportRefusedException} for their own.
     */
    public ReportTarget adTarget(String reporterId, String adId) {
        Instant now = this.clock.instant();
        return this.jcr.read((session) -> {
            Ad ad = reportableAd(session, reporterId, adId, now);
            return new ReportTarget(ReportSubject.AD, adId, ad.content().title(),
                    this.reports.isOpen(session, reporterId, adId));
        });
    }

    /**
     * The other member of one of the reporter's conversations; a
     * {@link ConversationNotFoundException} if the reporter does not take part.
     */
    public ReportTarget memberTarget(String reporterId, String conversationId) {
        return this.jcr.read((session) -> {
            Member other = otherMember(session, reporterId, conversationId);
            return new ReportTarget(ReportSubject.MEMBER, other.id(), other.profile().firstName(),
                    this.reports.isOpen(session, reporterId, other.id()));
        });
    }

    /**
     * Reports a listed ad; an {@link AlreadyReportedException} while the member's
     * previous report about it is open, an {@code InvalidInputException} for a reason or
     * details to correct.
     */
    public Report reportAd(String reporterId, String adId, @Nullable String reason, @Nullable String details) {
        ReportTarget target = adTarget(reporterId, adId);
        if (target.alreadyReported()) {
            throw new AlreadyReportedException(adId);
        }
        Checked checked = check(reason, details);

        Instant now = this.clock.instant();
        Report report = save(now, (session) -> {
            reportableAd(session, reporterId, adId, now);
            return this.reports.add(session, reporterId, ReportSubject.AD, adId, null, checked.reason(),
                    checked.details(), now);
        });

        logger.info("Report '{}' about ad '{}' received, task '{}' opened", report.id(), adId, report.taskId());
        return report;
    }

    /**
     * Reports the other member of one of the reporter's conversations; the same refusals
     * as {@link #reportAd}.
     */
    public Report reportMember(String reporterId, String conversationId, @Nullable String reason,
            @Nullable String details) {
        ReportTarget target = memberTarget(reporterId, conversationId);
        if (target.alreadyReported()) {
            throw new AlreadyReportedException(target.subjectId());
        }
        Checked checked = check(reason, details);

        Instant now = this.clock.instant();
        Report report = save(now, (session) -> {
            requireActive(session, reporterId);
            Member other = otherMember(session, reporterId, conversationId);
            return this.reports.add(session, reporterId, ReportSubject.MEMBER, other.id(), conversationId,
                    checked.reason(), checked.details(), now);
        });

        logger.info("Report '{}' about a member received, task '{}' opened", report.id(), report.taskId());
        return report;
    }

    /**
     * The report behind an inbox task, with what it is about and its history; empty if
     * the task does not exist or is not a report.
     */
    public Optional<ReportCase> findByTask(String taskId) {
        return this.jcr.read((session) -> {
            Optional<Task> task = this.tasks.findById(session, taskId);
            if (task.isEmpty() || task.get().type() != TaskType.REPORT) {
                return Optional.empty();
            }
            Optional<Report> report = this.reports.findById(session, task.get().subjectId());
            if (report.isEmpty()) {
                return Optional.empty();
            }
            Report found = report.get();
            Ad ad = (found.subject() == ReportSubject.AD) ? this.ads.findById(session, found.subjectId()).orElse(null)
                    : null;
            String reportedId = (found.subject() == ReportSubject.AD) ? ((ad != null) ? ad.ownerId() : null)
                    : found.subjectId();
            Member reported = (reportedId != null) ? this.members.findById(session, reportedId).orElse(null) : null;
            return Optional
                .of(new ReportCase(task.get(), found, this.members.findById(session, found.reporterId()).orElse(null),
                        ad, reported, this.audit.forSubject(session, found.id())));
        });
    }

    /**
     * Closes the report behind the task without action, with an optional note kept for
     * the record.
     */
    public Report dismiss(String taskId, String staff, @Nullable String note) {
        String text = TextRules.clean(note);
        FieldErrors errors = new FieldErrors();
        if (TextRules.length(text) > NOTE_MAX) {
            errors.reject("note", "childcare.validation.tooLong", NOTE_MAX);
        }
        errors.throwIfAny();
        String kept = text.isEmpty() ? null : text;

        Instant now = this.clock.instant();
        TaskRepository.ensureFolders(this.jcr, now);
        AuditLog.ensureFolders(this.jcr, now);
        Decision decision = new Decision(Outcome.REJECTED, staff, now, (kept != null) ? kept : NO_NOTE, List.of());
        Report dismissed = decide(taskId, decision, ReportStatus.DISMISSED, kept, "REPORT_DISMISSED");

        logger.info("Report '{}' dismissed by '{}'", dismissed.id(), staff);
        return dismissed;
    }

    /**
     * Removes the reported ad for a reason mailed to its owner, and closes the report. An
     * {@code InvalidInputException} on {@code reason} if it is missing or too long; an
     * {@code IllegalAdTransitionException} if the ad is already out of the listings for
     * good (withdrawn, removed…), in which case the report stays open.
     */
    public Report removeAd(String taskId, String staff, @Nullable String reason) {
        String why = TextRules.clean(reason);
        FieldErrors errors = new FieldErrors();
        if (why.isEmpty()) {
            errors.reject("reason", "childcare.report.error.removalReasonRequired");
        }
        else if (TextRules.length(why) > AdService.REASON_MAX) {
            errors.reject("reason", "childcare.validation.tooLong", AdService.REASON_MAX);
        }
        errors.throwIfAny();

        Report report = this.jcr.read((session) -> openReport(session, taskId));
        if (report.subject() != ReportSubject.AD) {
            throw new IllegalArgumentException("Report '" + report.id() + "' is not about an ad");
        }
        this.adService.remove(report.subjectId(), staff, why);

        Instant now = this.clock.instant();
        TaskRepository.ensureFolders(this.jcr, now);
        AuditLog.ensureFolders(this.jcr, now);
        Decision decision = new Decision(Outcome.APPROVED, staff, now, why, List.of());
        Report decided = decide(taskId, decision, ReportStatus.AD_REMOVED, why, "REPORT_AD_REMOVED");

        logger.info("Report '{}' decided by '{}': ad '{}' removed", decided.id(), staff, decided.subjectId());
        return decided;
    }

    private Report decide(String taskId, Decision decision, ReportStatus outcome, @Nullable String note,
            String action) {
        try {
            return this.jcr.writeRetrying((session) -> {
                Report report = openReport(session, taskId);
                this.tasks.decide(session, taskId, decision);
                Report next = report.decide(outcome, note);
                this.reports.update(session, next);
                this.audit.record(session,
                        new AuditEntry(decision.decidedAt(), decision.decidedBy(), action, report.id(), note));
                return next;
            });
        }
        catch (ConcurrentChangeException ex) {
            throw new AlreadyDecidedException(taskId, null);
        }
    }

    /**
     * The open report behind a report task; an {@link AlreadyDecidedException} once
     * decided.
     */
    private Report openReport(Session session, String taskId) throws RepositoryException {
        Task task = this.tasks.getById(session, taskId);
        if (task.type() != TaskType.REPORT) {
            throw new IllegalArgumentException("Task '" + taskId + "' is not a report");
        }
        if (task.isDecided()) {
            throw new AlreadyDecidedException(taskId, task.decision());
        }
        Report report = this.reports.findById(session, task.subjectId())
            .orElseThrow(() -> new IllegalStateException("Task '" + taskId + "' has no report"));
        if (!report.isOpen()) {
            throw new AlreadyDecidedException(taskId, null);
        }
        return report;
    }

    /** Saves a new report with its task and audit entry. */
    private Report save(Instant now, JcrTemplate.SessionWork<Report> add) {
        ReportRepository.ensureFolders(this.jcr, now);
        TaskRepository.ensureFolders(this.jcr, now);
        AuditLog.ensureFolders(this.jcr, now);
        return this.jcr.writeRetrying((session) -> {
            Report report = add.execute(session);
            Task task = this.tasks.open(session, TaskType.REPORT, report.id(), now);
            Report attached = this.reports.attachTask(session, report.id(), task.id());
            this.audit.record(session,
                    new AuditEntry(now, report.reporterId(), "REPORT_RECEIVED", report.id(), task.id()));
            return attached;
        });
    }

    private Ad reportableAd(Session session, String reporterId, String adId, Instant now) throws RepositoryException {
        requireActive(session, reporterId);
        Ad ad = this.ads.findById(session, adId)
            .filter((found) -> found.isListedAt(now))
            .orElseThrow(() -> new AdNotFoundException(adId));
        if (ad.ownerId().equals(reporterId)) {
            throw new ReportRefusedException(ReportRefusedException.Refusal.OWN_AD);
        }
        return ad;
    }

    private Member otherMember(Session session, String reporterId, String conversationId) throws RepositoryException {
        requireActive(session, reporterId);
        Conversation conversation = this.conversations.findById(session, conversationId)
            .filter((found) -> found.hasParticipant(reporterId))
            .orElseThrow(() -> new ConversationNotFoundException(conversationId));
        return this.members.findById(session, conversation.otherThan(reporterId))
            .orElseThrow(() -> new ConversationNotFoundException(conversationId));
    }

    private void requireActive(Session session, String memberId) throws RepositoryException {
        Optional<Member> member = this.members.findById(session, memberId);
        if (member.isEmpty() || member.get().status() != MemberStatus.ACTIVE) {
            throw new ReportRefusedException(ReportRefusedException.Refusal.NOT_ACTIVE);
        }
    }

    private static Checked check(@Nullable String reason, @Nullable String details) {
        FieldErrors errors = new FieldErrors();
        Optional<ReportReason> chosen = Arrays.stream(ReportReason.values())
            .filter((candidate) -> candidate.name().equals(TextRules.clean(reason)))
            .findFirst();
        if (chosen.isEmpty()) {
            errors.reject("reason", "childcare.report.error.reasonRequired");
        }
        String text = TextRules.clean(details).replace("\r\n", "\n").replace('\r', '\n');
        if (TextRules.length(text) > DETAILS_MAX) {
            errors.reject("details", "childcare.validation.tooLong", DETAILS_MAX);
        }
        else if (TextRules.hasControlCharacters(text)) {
            errors.reject("details", "childcare.validation.controlCharacters");
        }
        errors.throwIfAny();
        return new Checked(chosen.orElseThrow(), text.isEmpty() ? null : text);
    }

    /** A valid reason and the details, if any. */
    private record Checked(ReportReason reason, @Nullable String details) {

    }

}
