package org.opencity.childcare.registration;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.query.Query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.MemberRepository.StoredDocument;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.member.UploadedDocument;
import org.opencity.childcare.moderation.AlreadyDecidedException;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.AuditLog;
import org.opencity.childcare.moderation.Decision;
import org.opencity.childcare.moderation.Outcome;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.moderation.TaskRepository;
import org.opencity.childcare.moderation.TaskStatus;
import org.opencity.childcare.moderation.TaskType;
import org.opencity.childcare.notify.OutgoingMail;
import org.opencity.childcare.notify.RecordingMailTransport;
import org.opencity.childcare.notify.TestLinks;
import org.opencity.childcare.registration.RegistrationInbox.Details;
import org.opencity.childcare.registration.RegistrationInbox.Item;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.token.StoredTexts;
import org.opencity.childcare.token.TokenPurpose;
import org.opencity.childcare.token.TokenState;
import org.opencity.childcare.validation.FieldError;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link RegistrationService} on a real repository: from an application to the
 * webmaster's decision, what the applicant receives by mail, what the webmaster sees in
 * the inbox, and what is still there after a restart.
 */
class RegistrationServiceTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private static final Messages MESSAGES = Messages.module();

    private static final String WEBMASTER = "Sophie Leroy";

    private static final String OTHER_WEBMASTER = "Marc Dubois";

    private static final List<String> CHECKS = List.of("proofOfAddress", "addressInCity");

    private static final String REASON = "Le justificatif de domicile date de plus de trois mois.";

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final RecordingMailTransport mails = new RecordingMailTransport();

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    private JcrTemplate jcr;

    private RegistrationService registrations;

    private RegistrationInbox inbox;

    private OneTimeTokens tokens;

    @BeforeEach
    void startEmpty() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
        this.tokens = new OneTimeTokens(this.clock, new SecureRandom());
        this.registrations = new RegistrationService(this.jcr, Personas.neighbourhoods(), this.tokens,
                new IdentifierGenerator(new SecureRandom()), this.mails.mailer(), new TestLinks(), this.clock,
                Duration.ofHours(72));
        this.inbox = new RegistrationInbox(this.jcr);
    }

    /**
     * Lets background work finish rather than interrupting it: an interrupt inside
     * Jackrabbit closes its database connection and breaks the repository for later
     * tests.
     */
    @AfterEach
    void stopThreads() throws InterruptedException {
        this.threads.shutdown();
        assertThat(this.threads.awaitTermination(60, TimeUnit.SECONDS)).as("background work finished").isTrue();
    }

    @Test
    void registerShouldStoreAPendingMemberWithDocumentsAndOpenOneTask() {
        Instant appliedAt = this.clock.instant();

        register(Personas.family(this.clock));

        List<Item> open = this.inbox.openTasks();
        assertThat(open).singleElement().satisfies((item) -> {
            assertThat(item.task().type()).isEqualTo(TaskType.REGISTRATION);
            assertThat(item.task().status()).isEqualTo(TaskStatus.OPEN);
            assertThat(item.task().createdAt()).isEqualTo(appliedAt);
            assertThat(item.member().status()).isEqualTo(MemberStatus.PENDING);
            assertThat(item.member().profile().email()).isEqualTo(Personas.FAMILY_EMAIL);
            assertThat(item.member().registeredAt()).isEqualTo(appliedAt);
            assertThat(item.member().identifier()).isNull();
        });
        String taskId = open.get(0).task().id();
        Details details = this.inbox.details(taskId).orElseThrow();
        assertThat(details.documents()).singleElement().satisfies((document) -> {
            assertThat(document.fileName()).isEqualTo("justificatif.pdf");
            assertThat(document.mediaType()).isEqualTo("application/pdf");
            assertThat(this.inbox.document(taskId, document.id())).contains(Personas.proofOfAddress().content());
        });
        assertThat(memberCount()).isEqualTo(1);
    }

    @Test
    void registerShouldRecordTheApplicationInTheAuditTrail() {
        register(Personas.childminder());

        Details details = onlyOpenTask();
        assertThat(details.history()).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::at)
            .containsExactly(tuple("REGISTRATION_RECEIVED", "applicant", this.clock.instant()));
    }

    @Test
    void registerShouldSendTheAcknowledgmentToTheApplicant() {
        register(Personas.family(this.clock));

        assertThat(this.mails.sent()).singleElement().satisfies((mail) -> {
            assertThat(mail.to()).isEqualTo(Personas.FAMILY_EMAIL);
            assertThat(mail.subject()).isEqualTo(subject("registrationReceived"));
            assertThat(mail.text()).contains("Bonjour Camille,")
                .contains(text("childcare.mail.registrationReceived.body"));
        });
    }

    @Test
    void registerInEnglishShouldWriteTheAcknowledgmentInEnglish() {
        this.registrations.register(Personas.homeNanny(), List.of(Personas.proofOfAddress()), new FieldErrors(),
                Locale.ENGLISH);

        OutgoingMail mail = this.mails.last();
        assertThat(mail.subject()).isEqualTo(MESSAGES.get("childcare.mail.registrationReceived.subject", Locale.ENGLISH,
                RecordingMailTransport.SERVICE_NAME));
        assertThat(mail.text()).contains("Lucie")
            .contains(MESSAGES.get("childcare.mail.registrationReceived.body", Locale.ENGLISH));
    }

    @Test
    void registerWithoutDocumentsShouldAskForThemAndStoreNothing() {
        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.registrations.register(Personas.family(this.clock), List.of(), new FieldErrors(),
                    Locale.FRENCH))
            .satisfies((ex) -> assertThat(ex.errors().get("documents")).map(FieldError::messageKey)
                .contains("childcare.registration.error.documentsRequired"));

        assertThat(this.inbox.openTasks()).isEmpty();
        assertThat(this.mails.sent()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "camille.martin@example.fr", "Camille.Martin@Example.FR", "  CAMILLE.MARTIN@EXAMPLE.FR ",
            "\tcamille.martin@example.fr" })
    void registerWhenEmailIsAlreadyRegisteredShouldCreateNothingAndTellTheOwner(String typedAgain) {
        register(Personas.family(this.clock));
        this.mails.clear();
        RegistrationForm again = Personas.family(this.clock);
        again.setFirstName("Intrus");
        again.setEmail(typedAgain);

        register(again);

        assertThat(memberCount()).isEqualTo(1);
        assertThat(this.inbox.openTasks()).singleElement()
            .satisfies((item) -> assertThat(item.member().profile().firstName()).isEqualTo("Camille"));
        assertThat(this.mails.sent()).singleElement().satisfies((mail) -> {
            assertThat(mail.to()).isEqualTo(Personas.FAMILY_EMAIL);
            assertThat(mail.subject()).isEqualTo(subject("registrationDuplicate"));
            assertThat(mail.text()).contains(text("childcare.mail.registrationDuplicate.body"))
                .contains(new TestLinks().login())
                .doesNotContain("Intrus");
        });
    }

    /** What a double-clicked submit button sends. */
    @RepeatedTest(10)
    void registerTwiceAtOnceWithOneEmailShouldRecordOneApplication() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> submissions = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            submissions.add(this.threads.submit(startingTogether(start, submission(Personas.family(this.clock)))));
        }
        start.countDown();

        Outcomes<Boolean> outcomes = Outcomes.of(submissions);
        assertThat(outcomes.failures()).as("both submissions lead to the confirmation page").isEmpty();
        assertThat(memberCount()).isEqualTo(1);
        assertThat(this.inbox.openTasks()).hasSize(1);
        assertThat(findByEmail(Personas.FAMILY_EMAIL)).map(Member::id)
            .contains(this.inbox.openTasks().get(0).member().id());
        assertThat(this.mails.sent()).filteredOn((mail) -> mail.subject().equals(subject("registrationReceived")))
            .hasSize(1);
    }

    @RepeatedTest(5)
    void registerTwoApplicantsAtOnceShouldRecordBoth() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> submissions = List.of(
                this.threads.submit(startingTogether(start, submission(Personas.family(this.clock)))),
                this.threads.submit(startingTogether(start, submission(Personas.homeNanny()))));
        start.countDown();

        assertThat(Outcomes.of(submissions).failures()).isEmpty();
        assertThat(this.inbox.openTasks()).extracting((item) -> item.member().profile().email())
            .containsExactlyInAnyOrder(Personas.FAMILY_EMAIL, Personas.HOME_NANNY_EMAIL);
        assertThat(this.mails.sent()).extracting(OutgoingMail::to)
            .containsExactlyInAnyOrder(Personas.FAMILY_EMAIL, Personas.HOME_NANNY_EMAIL);
    }

    @Test
    void registerWhenApplicationWithThatEmailWasRejectedShouldAcceptANewOne() {
        register(Personas.family(this.clock));
        Member first = this.registrations.reject(onlyOpenTask().task().id(), WEBMASTER, REASON, CHECKS);
        this.mails.clear();
        this.clock.advance(Duration.ofDays(2));

        register(Personas.family(this.clock));

        Member second = this.inbox.openTasks().get(0).member();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.status()).isEqualTo(MemberStatus.PENDING);
        assertThat(findByEmail(Personas.FAMILY_EMAIL)).map(Member::id).contains(second.id());
        assertThat(this.mails.sent()).singleElement()
            .satisfies((mail) -> assertThat(mail.subject()).isEqualTo(subject("registrationReceived")));
    }

    @Test
    void approveShouldActivateTheMemberWithAnIdentifierAndDeleteTheDocuments() {
        register(Personas.family(this.clock));
        String taskId = onlyOpenTask().task().id();
        this.clock.advance(Duration.ofDays(1));
        Instant decidedAt = this.clock.instant();

        Member approved = this.registrations.approve(taskId, WEBMASTER, CHECKS);

        assertThat(approved.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(approved.identifier()).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        Member stored = findByEmail(Personas.FAMILY_EMAIL).orElseThrow();
        assertThat(stored.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(stored.identifier()).isEqualTo(approved.identifier());
        assertThat(stored.verification().decidedBy()).isEqualTo(WEBMASTER);
        assertThat(documentsOf(approved.id())).isEmpty();
        assertThat(this.inbox.openTasks()).isEmpty();
        Details details = this.inbox.details(taskId).orElseThrow();
        assertThat(details.documents()).isEmpty();
        assertThat(details.task().status()).isEqualTo(TaskStatus.DECIDED);
        assertThat(details.task().decision())
            .isEqualTo(new Decision(Outcome.APPROVED, WEBMASTER, decidedAt, null, CHECKS));
        assertThat(details.history()).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::at)
            .containsExactly(tuple("REGISTRATION_RECEIVED", "applicant", decidedAt.minus(Duration.ofDays(1))),
                    tuple("REGISTRATION_APPROVED", WEBMASTER, decidedAt));
    }

    @Test
    void approveShouldMailTheIdentifierAndALinkStoredOnlyAsItsHash() {
        register(Personas.family(this.clock));
        this.mails.clear();

        Member approved = this.registrations.approve(onlyOpenTask().task().id(), WEBMASTER, CHECKS);

        OutgoingMail mail = this.mails.sent().get(0);
        assertThat(this.mails.sent()).hasSize(1);
        assertThat(mail.to()).isEqualTo(Personas.FAMILY_EMAIL);
        assertThat(mail.subject()).isEqualTo(subject("registrationApproved"));
        assertThat(mail.text()).contains(approved.identifier())
            .contains(new TestLinks().activation(TestLinks.tokenIn(mail)))
            .contains(MESSAGES.get("childcare.mail.registrationApproved.link", Locale.FRENCH, 72));
        String token = TestLinks.tokenIn(mail);
        assertThat(linkState(TokenPurpose.ACTIVATION, token)).isEqualTo(TokenState.VALID);
        String hash = StoredTexts.sha256(token);
        assertThat(StoredTexts.under(this.jcr, OneTimeTokens.ROOT)).contains(hash, approved.id())
            .noneMatch((text) -> text.contains(token));
        assertThat(StoredTexts.under(this.jcr, "/")).noneMatch((text) -> text.contains(token));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   " })
    void rejectWithoutReasonShouldAskForOneAndChangeNothing(String reason) {
        register(Personas.family(this.clock));
        this.mails.clear();
        String taskId = onlyOpenTask().task().id();

        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.registrations.reject(taskId, WEBMASTER, reason, CHECKS))
            .satisfies((ex) -> assertThat(ex.errors().all())
                .containsExactly(new FieldError("reason", "childcare.inbox.error.reasonRequired", List.of())));

        assertThat(this.inbox.openTasks()).hasSize(1);
        assertThat(findByEmail(Personas.FAMILY_EMAIL)).map(Member::status).contains(MemberStatus.PENDING);
        assertThat(this.inbox.details(taskId).orElseThrow().documents()).hasSize(1);
        assertThat(this.mails.sent()).isEmpty();
    }

    @Test
    void rejectWithTooLongReasonShouldSayHowLongItMayBe() {
        register(Personas.family(this.clock));
        String taskId = onlyOpenTask().task().id();

        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.registrations.reject(taskId, WEBMASTER, "x".repeat(1001), CHECKS))
            .satisfies((ex) -> assertThat(ex.errors().all())
                .containsExactly(new FieldError("reason", "childcare.validation.tooLong", List.of(1000))));
    }

    @Test
    void rejectShouldMailTheReasonAndDeleteTheDocuments() {
        register(Personas.family(this.clock));
        this.mails.clear();
        String taskId = onlyOpenTask().task().id();

        Member rejected = this.registrations.reject(taskId, WEBMASTER, "  " + REASON + "\n", CHECKS);

        assertThat(rejected.status()).isEqualTo(MemberStatus.REJECTED);
        assertThat(rejected.identifier()).isNull();
        assertThat(findByEmail(Personas.FAMILY_EMAIL)).map(Member::status).contains(MemberStatus.REJECTED);
        assertThat(documentsOf(rejected.id())).isEmpty();
        assertThat(this.mails.sent()).singleElement().satisfies((mail) -> {
            assertThat(mail.to()).isEqualTo(Personas.FAMILY_EMAIL);
            assertThat(mail.subject()).isEqualTo(subject("registrationRejected"));
            assertThat(mail.text()).contains(REASON).contains(text("childcare.mail.registrationRejected.next"));
        });
        Details details = this.inbox.details(taskId).orElseThrow();
        assertThat(details.task().decision().reason()).isEqualTo(REASON);
        assertThat(details.history()).last()
            .satisfies((entry) -> assertThat(entry).isEqualTo(
                    new AuditEntry(this.clock.instant(), WEBMASTER, "REGISTRATION_REJECTED", rejected.id(), REASON)));
    }

    @Test
    void decideWhenTaskWasDecidedAlreadyShouldRefuseAndSendNoMail() {
        register(Personas.family(this.clock));
        String taskId = onlyOpenTask().task().id();
        Member approved = this.registrations.approve(taskId, WEBMASTER, CHECKS);
        this.mails.clear();

        assertThatExceptionOfType(AlreadyDecidedException.class)
            .isThrownBy(() -> this.registrations.reject(taskId, OTHER_WEBMASTER, REASON, CHECKS));
        assertThatExceptionOfType(AlreadyDecidedException.class)
            .isThrownBy(() -> this.registrations.approve(taskId, OTHER_WEBMASTER, CHECKS));

        assertThat(this.mails.sent()).isEmpty();
        Member stored = findByEmail(Personas.FAMILY_EMAIL).orElseThrow();
        assertThat(stored.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(stored.identifier()).isEqualTo(approved.identifier());
        Task task = this.inbox.details(taskId).orElseThrow().task();
        assertThat(task.decision().decidedBy()).isEqualTo(WEBMASTER);
        assertThat(task.decision().outcome()).isEqualTo(Outcome.APPROVED);
    }

    @RepeatedTest(10)
    void concurrentDecisionsOnOneTaskShouldLetExactlyOneWin() throws Exception {
        register(Personas.family(this.clock));
        String taskId = onlyOpenTask().task().id();
        this.mails.clear();
        CountDownLatch start = new CountDownLatch(1);

        Future<Member> approval = this.threads
            .submit(startingTogether(start, () -> this.registrations.approve(taskId, WEBMASTER, CHECKS)));
        Future<Member> rejection = this.threads
            .submit(startingTogether(start, () -> this.registrations.reject(taskId, OTHER_WEBMASTER, REASON, CHECKS)));
        start.countDown();

        Outcomes<Member> outcomes = Outcomes.of(List.of(approval, rejection));
        assertThat(outcomes.results()).hasSize(1);
        assertThat(outcomes.failures()).singleElement().isInstanceOf(AlreadyDecidedException.class);
        Member winner = outcomes.results().get(0);
        boolean approved = winner.status() == MemberStatus.ACTIVE;
        assertThat(this.mails.sent()).singleElement()
            .satisfies((mail) -> assertThat(mail.subject())
                .isEqualTo(subject(approved ? "registrationApproved" : "registrationRejected")));
        assertThat(findByEmail(Personas.FAMILY_EMAIL)).map(Member::status).contains(winner.status());
        Details details = this.inbox.details(taskId).orElseThrow();
        assertThat(details.task().decision().outcome()).isEqualTo(approved ? Outcome.APPROVED : Outcome.REJECTED);
        assertThat(details.history()).extracting(AuditEntry::action)
            .containsExactly("REGISTRATION_RECEIVED", approved ? "REGISTRATION_APPROVED" : "REGISTRATION_REJECTED");
        assertThat(details.documents()).isEmpty();
    }

    @Test
    void approvedRegistrationShouldSurviveARestart() throws RepositoryException {
        register(Personas.family(this.clock));
        String taskId = onlyOpenTask().task().id();
        Member approved = this.registrations.approve(taskId, WEBMASTER, CHECKS);
        String token = TestLinks.tokenIn(this.mails.last());

        repository.restart();

        Member stored = this.jcr.read((session) -> new MemberRepository().findById(session, approved.id()))
            .orElseThrow();
        assertThat(stored).isEqualTo(approved);
        assertThat(findByIdentifier(approved.identifier().toLowerCase(Locale.ROOT))).map(Member::id)
            .contains(approved.id());
        assertThat(findByEmail(Personas.FAMILY_EMAIL)).map(Member::id).contains(approved.id());
        Task task = this.jcr.read((session) -> new TaskRepository().getById(session, taskId));
        assertThat(task.decision())
            .isEqualTo(new Decision(Outcome.APPROVED, WEBMASTER, this.clock.instant(), null, CHECKS));
        assertThat(auditOf(approved.id())).extracting(AuditEntry::action)
            .containsExactly("REGISTRATION_RECEIVED", "REGISTRATION_APPROVED");
        assertThat(documentsOf(approved.id())).isEmpty();
        assertThat(this.inbox.openTasks()).isEmpty();
        assertThat(linkState(TokenPurpose.ACTIVATION, token)).isEqualTo(TokenState.VALID);
    }

    @Test
    void pendingRegistrationShouldSurviveARestartWithItsDocuments() throws RepositoryException {
        register(Personas.childminder());

        repository.restart();

        Item item = this.inbox.openTasks().get(0);
        assertThat(this.inbox.openTasks()).hasSize(1);
        assertThat(item.member().status()).isEqualTo(MemberStatus.PENDING);
        assertThat(item.member().profile().approvalNumber()).isEqualTo(Personas.CHILDMINDER_APPROVAL);
        assertThat(item.member().profile().places()).isEqualTo(2);
        Details details = this.inbox.details(item.task().id()).orElseThrow();
        assertThat(details.documents()).singleElement()
            .satisfies((document) -> assertThat(this.inbox.document(item.task().id(), document.id()))
                .contains(Personas.proofOfAddress().content()));
        assertThat(details.history()).extracting(AuditEntry::action).containsExactly("REGISTRATION_RECEIVED");
        Member approved = this.registrations.approve(item.task().id(), WEBMASTER, CHECKS);
        assertThat(approved.status()).isEqualTo(MemberStatus.ACTIVE);
    }

    /** Sends the form with a proof of address, in French. */
    private void register(RegistrationForm form) {
        List<UploadedDocument> documents = List.of(Personas.proofOfAddress());
        this.registrations.register(form, documents, new FieldErrors(), Locale.FRENCH);
    }

    /** A submission of the form for another thread; it answers true once recorded. */
    private Callable<Boolean> submission(RegistrationForm form) {
        return () -> {
            register(form);
            return true;
        };
    }

    private Details onlyOpenTask() {
        List<Item> open = this.inbox.openTasks();
        assertThat(open).hasSize(1);
        return this.inbox.details(open.get(0).task().id()).orElseThrow();
    }

    private Optional<Member> findByEmail(String email) {
        return this.jcr.read((session) -> new MemberRepository().findByEmail(session, email));
    }

    private Optional<Member> findByIdentifier(String identifier) {
        return this.jcr.read((session) -> new MemberRepository().findByIdentifier(session, identifier));
    }

    private List<AuditEntry> auditOf(String memberId) {
        return this.jcr.read((session) -> new AuditLog().forSubject(session, memberId));
    }

    private List<StoredDocument> documentsOf(String memberId) {
        return this.jcr.read((session) -> new MemberRepository().documents(session, memberId));
    }

    private TokenState linkState(TokenPurpose purpose, String token) {
        return this.jcr.read((session) -> this.tokens.check(session, purpose, token));
    }

    private long memberCount() {
        return this.jcr.read((session) -> {
            Query query = session.getWorkspace()
                .getQueryManager()
                .createQuery("SELECT * FROM [" + NodeTypes.MEMBER + "]", Query.JCR_SQL2);
            long count = 0;
            for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); nodes.nextNode()) {
                count++;
            }
            return count;
        });
    }

    private static String subject(String template) {
        return MESSAGES.get("childcare.mail." + template + ".subject", Locale.FRENCH,
                RecordingMailTransport.SERVICE_NAME);
    }

    private static String text(String key) {
        return MESSAGES.get(key, Locale.FRENCH);
    }

    /** What concurrent calls returned and how the others failed. */
    private record Outcomes<T>(List<T> results, List<Throwable> failures) {

        /**
         * Waits for every call, collecting all results before a test asserts anything.
         */
        static <T> Outcomes<T> of(List<Future<T>> calls) throws InterruptedException, TimeoutException {
            List<T> results = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (Future<T> call : calls) {
                try {
                    results.add(call.get(60, TimeUnit.SECONDS));
                }
                catch (ExecutionException ex) {
                    failures.add(ex.getCause());
                }
            }
            return new Outcomes<>(results, failures);
        }

    }

    private static <T> Callable<T> startingTogether(CountDownLatch start, Callable<T> decision) {
        return () -> {
            start.await();
            return decision.call();
        };
    }

}
