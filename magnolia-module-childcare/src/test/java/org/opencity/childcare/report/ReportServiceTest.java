package org.opencity.childcare.report;

import java.time.Duration;
import java.util.List;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencity.childcare.conversation.Conversation;
import org.opencity.childcare.conversation.ConversationNotFoundException;
import org.opencity.childcare.conversation.ConversationService;
import org.opencity.childcare.conversation.Neighbours;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdNotFoundException;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.listing.IllegalAdTransitionException;
import org.opencity.childcare.moderation.AlreadyDecidedException;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.Outcome;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.moderation.TaskRepository;
import org.opencity.childcare.moderation.TaskType;
import org.opencity.childcare.notify.RecordingMailTransport;
import org.opencity.childcare.notify.TestLinks;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.validation.FieldError;
import org.opencity.childcare.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ReportService} on a real repository: Nadia reports Camille's ad or
 * Camille herself; a webmaster decides once, by dismissing or removing the ad.
 */
class ReportServiceTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private static final String WEBMASTER = "Sophie Leroy (sleroy)";

    private static final String DETAILS = "L’annonce demande un virement avant toute rencontre.";

    private static final String REMOVAL = "L’annonce demande de l’argent d’avance, ce que le service interdit.";

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final RecordingMailTransport mails = new RecordingMailTransport();

    private JcrTemplate jcr;

    private Neighbours neighbours;

    private String camille;

    private String nadia;

    private Ad ad;

    @BeforeEach
    void startEmpty() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
        this.neighbours = new Neighbours(this.jcr, this.clock, this.mails);
        this.camille = this.neighbours.active(Personas.family(this.clock));
        this.nadia = this.neighbours.active(Personas.childminder());
        this.ad = this.neighbours.sharedCareAd(this.camille);
        this.mails.clear();
    }

    @Test
    void reportAdShouldOpenAReportTaskWithItsAuditEntry() {
        Report report = service().reportAd(this.nadia, this.ad.id(), "FRAUD", DETAILS);

        assertThat(report.subject()).isEqualTo(ReportSubject.AD);
        assertThat(report.subjectId()).isEqualTo(this.ad.id());
        assertThat(report.reason()).isEqualTo(ReportReason.FRAUD);
        assertThat(report.details()).isEqualTo(DETAILS);
        assertThat(report.isOpen()).isTrue();
        assertThat(openTasks()).singleElement().satisfies((task) -> {
            assertThat(task.type()).isEqualTo(TaskType.REPORT);
            assertThat(task.subjectId()).isEqualTo(report.id());
            assertThat(task.id()).isEqualTo(report.taskId());
        });
        assertThat(caseOf(report).history()).singleElement().satisfies((entry) -> {
            assertThat(entry.action()).isEqualTo("REPORT_RECEIVED");
            assertThat(entry.actor()).isEqualTo(this.nadia);
        });
        String path = this.jcr.read((session) -> session.getNodeByIdentifier(report.id()).getPath());
        assertThat(path).matches("/reports/2026/03/[0-9a-f-]{36}");
        assertThat(this.mails.sent()).as("nobody is mailed about a report").isEmpty();
    }

    @Test
    void secondReportOfTheSameAdShouldBeRefusedWhileTheFirstIsOpen() {
        Report first = service().reportAd(this.nadia, this.ad.id(), "FRAUD", DETAILS);

        assertThat(service().adTarget(this.nadia, this.ad.id()).alreadyReported()).isTrue();
        assertThatExceptionOfType(AlreadyReportedException.class)
            .isThrownBy(() -> service().reportAd(this.nadia, this.ad.id(), "OTHER", null));
        assertThat(openTasks()).hasSize(1);

        service().dismiss(first.taskId(), WEBMASTER, null);

        assertThat(service().adTarget(this.nadia, this.ad.id()).alreadyReported()).isFalse();
        service().reportAd(this.nadia, this.ad.id(), "OTHER", "Toujours la même demande d’argent.");
        assertThat(openTasks()).hasSize(1);
    }

    @Test
    void reportShouldNeedAReasonAndKeepDetailsShort() {
        assertThat(errors(() -> service().reportAd(this.nadia, this.ad.id(), null, null))).containsExactly("reason");
        assertThat(errors(() -> service().reportAd(this.nadia, this.ad.id(), "SPAM", null))).containsExactly("reason");
        assertThat(errors(() -> service().reportAd(this.nadia, this.ad.id(), "UNSAFE", "x".repeat(1001))))
            .containsExactly("details");
        assertThat(openTasks()).isEmpty();

        Report report = service().reportAd(this.nadia, this.ad.id(), "UNSAFE", "   ");
        assertThat(report.details()).isNull();
    }

    @Test
    void reportOwnOrUnlistedAdShouldBeRefused() {
        assertThatExceptionOfType(ReportRefusedException.class)
            .isThrownBy(() -> service().reportAd(this.camille, this.ad.id(), "OTHER", null))
            .satisfies((ex) -> assertThat(ex.refusal()).isEqualTo(ReportRefusedException.Refusal.OWN_AD));

        this.clock.advance(Duration.ofDays(31));

        assertThatExceptionOfType(AdNotFoundException.class)
            .isThrownBy(() -> service().reportAd(this.nadia, this.ad.id(), "OTHER", null));
    }

    @Test
    void reportMemberShouldNameTheOtherMemberOfTheConversation() {
        Conversation conversation = conversations().contact(this.nadia, this.ad.id(), "Bonjour, parlons-en ?");

        ReportTarget target = service().memberTarget(this.camille, conversation.id());
        Report report = service().reportMember(this.camille, conversation.id(), "INAPPROPRIATE", null);

        assertThat(target.label()).isEqualTo("Nadia");
        assertThat(report.subject()).isEqualTo(ReportSubject.MEMBER);
        assertThat(report.subjectId()).isEqualTo(this.nadia);
        assertThat(report.conversationId()).isEqualTo(conversation.id());
        assertThat(caseOf(report).reported().id()).isEqualTo(this.nadia);
        assertThat(caseOf(report).reporter().id()).isEqualTo(this.camille);
    }

    @Test
    void reportFromSomeoneElsesConversationShouldSayItDoesNotExist() {
        Conversation conversation = conversations().contact(this.nadia, this.ad.id(), "Bonjour, parlons-en ?");
        String lucie = this.neighbours.active(Personas.homeNanny());

        assertThatExceptionOfType(ConversationNotFoundException.class)
            .isThrownBy(() -> service().reportMember(lucie, conversation.id(), "OTHER", null));
        assertThat(openTasks()).isEmpty();
    }

    @Test
    void dismissShouldDecideTheTaskOnceAndKeepTheNote() {
        Report report = service().reportAd(this.nadia, this.ad.id(), "FRAUD", DETAILS);

        Report dismissed = service().dismiss(report.taskId(), WEBMASTER, "Vérifié : demande d’acompte légale.");

        assertThat(dismissed.status()).isEqualTo(ReportStatus.DISMISSED);
        assertThat(dismissed.note()).isEqualTo("Vérifié : demande d’acompte légale.");
        ReportCase decided = caseOf(report);
        assertThat(decided.task().isDecided()).isTrue();
        assertThat(decided.task().decision().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decided.task().decision().decidedBy()).isEqualTo(WEBMASTER);
        assertThat(decided.history()).extracting(AuditEntry::action)
            .containsExactly("REPORT_RECEIVED", "REPORT_DISMISSED");
        assertThat(stored(this.ad.id()).status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(openTasks()).isEmpty();
        assertThatExceptionOfType(AlreadyDecidedException.class)
            .isThrownBy(() -> service().dismiss(report.taskId(), WEBMASTER, null));
        assertThatExceptionOfType(AlreadyDecidedException.class)
            .isThrownBy(() -> service().removeAd(report.taskId(), WEBMASTER, REMOVAL));
        assertThat(stored(this.ad.id()).status()).isEqualTo(AdStatus.PUBLISHED);
    }

    @Test
    void removeAdShouldTakeTheAdDownMailItsOwnerAndDecideTheTask() {
        Report report = service().reportAd(this.nadia, this.ad.id(), "FRAUD", DETAILS);

        Report decided = service().removeAd(report.taskId(), WEBMASTER, REMOVAL);

        assertThat(decided.status()).isEqualTo(ReportStatus.AD_REMOVED);
        assertThat(stored(this.ad.id()).status()).isEqualTo(AdStatus.REMOVED);
        assertThat(this.mails.sentTo(Personas.FAMILY_EMAIL)).singleElement()
            .satisfies((mail) -> assertThat(mail.text()).contains(REMOVAL).doesNotContain("Nadia"));
        ReportCase found = caseOf(report);
        assertThat(found.task().decision().outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(found.history()).extracting(AuditEntry::action)
            .containsExactly("REPORT_RECEIVED", "REPORT_AD_REMOVED");
        assertThatExceptionOfType(AlreadyDecidedException.class)
            .isThrownBy(() -> service().removeAd(report.taskId(), WEBMASTER, REMOVAL));
    }

    @Test
    void removeAdShouldNeedAReasonAndLeaveTheReportOpenWithout() {
        Report report = service().reportAd(this.nadia, this.ad.id(), "FRAUD", DETAILS);

        assertThat(errors(() -> service().removeAd(report.taskId(), WEBMASTER, "  "))).containsExactly("reason");

        assertThat(stored(this.ad.id()).status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(caseOf(report).task().isDecided()).isFalse();
    }

    @Test
    void removeAdAlreadyWithdrawnShouldFailAndLeaveTheReportOpen() {
        Report report = service().reportAd(this.nadia, this.ad.id(), "FRAUD", DETAILS);
        this.neighbours.ads().withdraw(this.camille, this.ad.id());

        assertThatExceptionOfType(IllegalAdTransitionException.class)
            .isThrownBy(() -> service().removeAd(report.taskId(), WEBMASTER, REMOVAL));

        assertThat(caseOf(report).task().isDecided()).isFalse();
        service().dismiss(report.taskId(), WEBMASTER, null);
        assertThat(caseOf(report).report().note()).isNull();
    }

    @Test
    void findByTaskShouldIgnoreTasksThatAreNotReports() {
        TaskRepository.ensureFolders(this.jcr, this.clock.instant());
        String taskId = this.jcr.write(
                (session) -> new TaskRepository().open(session, TaskType.AD_REVIEW, this.ad.id(), this.clock.instant())
                    .id());

        assertThat(service().findByTask(taskId)).isEmpty();
        assertThat(service().findByTask("pas-une-tache")).isEmpty();
    }

    private ReportService service() {
        return new ReportService(this.jcr, this.neighbours.ads(), this.clock);
    }

    private ConversationService conversations() {
        return new ConversationService(this.jcr, this.mails.mailer(), new TestLinks(), this.clock);
    }

    private ReportCase caseOf(Report report) {
        return service().findByTask(report.taskId()).orElseThrow();
    }

    private List<Task> openTasks() {
        return this.jcr.read((session) -> new TaskRepository().listOpen(session));
    }

    private Ad stored(String id) {
        return this.jcr.read((session) -> new AdRepository().findById(session, id)).orElseThrow();
    }

    private static List<String> errors(Runnable action) {
        try {
            action.run();
        }
        catch (InvalidInputException ex) {
            return ex.errors().all().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("The input was accepted");
    }

}
