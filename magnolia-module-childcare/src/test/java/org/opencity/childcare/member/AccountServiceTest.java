package org.opencity.childcare.member;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.notify.OutgoingMail;
import org.opencity.childcare.notify.RecordingMailTransport;
import org.opencity.childcare.notify.TestLinks;
import org.opencity.childcare.registration.IdentifierGenerator;
import org.opencity.childcare.registration.RegistrationForm;
import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.registration.RegistrationService;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.token.InvalidTokenException;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.token.TokenPurpose;
import org.opencity.childcare.token.TokenState;
import org.opencity.childcare.validation.FieldError;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AccountService} on a real repository: a member approved by a webmaster
 * chooses a password from the mailed link, logs in with what they know, and gets a new
 * link when they forget it.
 */
class AccountServiceTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    /** Loading zxcvbn's dictionaries takes a moment: one policy serves every test. */
    private static final PasswordPolicy POLICY = new PasswordPolicy();

    private static final Duration LINK_VALIDITY = Duration.ofHours(72);

    private static final String PASSPHRASE = "la cabane bleue du jardin chante";

    private static final String NEW_PASSPHRASE = "trois hiboux roux lisent le journal";

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final RecordingMailTransport mails = new RecordingMailTransport();

    private final PasswordHasher hasher = new PrefixPasswordHasher();

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    private RegistrationService registrations;

    private RegistrationInbox inbox;

    private AccountService accounts;

    @BeforeEach
    void startEmpty() throws RepositoryException {
        repository.clean();
        JcrTemplate jcr = new JcrTemplate(repository.sessionFactory());
        OneTimeTokens tokens = new OneTimeTokens(this.clock, new SecureRandom());
        this.registrations = new RegistrationService(jcr, Personas.neighbourhoods(), tokens,
                new IdentifierGenerator(new SecureRandom()), this.mails.mailer(), new TestLinks(), this.clock,
                LINK_VALIDITY);
        this.inbox = new RegistrationInbox(jcr);
        this.accounts = new AccountService(jcr, tokens, POLICY, this.hasher, this.mails.mailer(), new TestLinks(),
                LINK_VALIDITY);
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
    void choosePasswordWithTheActivationLinkShouldLetTheMemberLogInByIdentifierOrEmail() {
        Approved camille = approved(Personas.family(this.clock));

        Member member = this.accounts.choosePassword(TokenPurpose.ACTIVATION, camille.token(), PASSPHRASE, PASSPHRASE);

        assertThat(member.canLogIn()).isTrue();
        assertThat(this.hasher.matches(PASSPHRASE, member.passwordHash())).isTrue();
        String identifier = camille.member().identifier();
        for (String login : List.of(identifier, identifier.toLowerCase(Locale.ROOT), " " + identifier + " ",
                Personas.FAMILY_EMAIL, "Camille.Martin@Example.FR")) {
            assertThat(this.accounts.findByLogin(login)).as(login).hasValueSatisfying((found) -> {
                assertThat(found.id()).isEqualTo(camille.member().id());
                assertThat(this.hasher.matches(PASSPHRASE, found.passwordHash())).isTrue();
            });
        }
    }

    @Test
    void choosePasswordShouldConfirmTheChangeByMail() {
        Approved camille = approved(Personas.family(this.clock));
        this.mails.clear();

        this.accounts.choosePassword(TokenPurpose.ACTIVATION, camille.token(), PASSPHRASE, PASSPHRASE);

        assertThat(this.mails.sent()).singleElement().satisfies((mail) -> {
            assertThat(mail.to()).isEqualTo(Personas.FAMILY_EMAIL);
            assertThat(mail.subject()).isEqualTo(subject("passwordChanged"));
            assertThat(mail.text()).contains(new TestLinks().forgottenPassword()).doesNotContain(PASSPHRASE);
        });
    }

    @Test
    void choosePasswordWhenTheLinkWasUsedShouldSaySoAndKeepTheFirstPassword() {
        Approved camille = approved(Personas.family(this.clock));
        this.accounts.choosePassword(TokenPurpose.ACTIVATION, camille.token(), PASSPHRASE, PASSPHRASE);

        assertThatExceptionOfType(InvalidTokenException.class)
            .isThrownBy(() -> this.accounts.choosePassword(TokenPurpose.ACTIVATION, camille.token(), NEW_PASSPHRASE,
                    NEW_PASSPHRASE))
            .satisfies((ex) -> assertThat(ex.state()).isEqualTo(TokenState.USED));

        assertThat(this.accounts.checkLink(TokenPurpose.ACTIVATION, camille.token())).isEqualTo(TokenState.USED);
        assertThat(storedHashOf(camille)).isEqualTo(this.hasher.hash(PASSPHRASE));
    }

    @Test
    void choosePasswordOneSecondAfterSeventyTwoHoursShouldSayTheLinkExpired() {
        Approved camille = approved(Personas.family(this.clock));
        this.clock.advance(LINK_VALIDITY.plusSeconds(1));

        assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(
                () -> this.accounts.choosePassword(TokenPurpose.ACTIVATION, camille.token(), PASSPHRASE, PASSPHRASE))
            .satisfies((ex) -> assertThat(ex.state()).isEqualTo(TokenState.EXPIRED));

        assertThat(this.accounts.checkLink(TokenPurpose.ACTIVATION, camille.token())).isEqualTo(TokenState.EXPIRED);
        assertThat(storedHashOf(camille)).isNull();
    }

    @Test
    void choosePasswordAfterSeventyOneHoursFiftyNineMinutesShouldStillWork() {
        Approved camille = approved(Personas.family(this.clock));
        this.clock.advance(Duration.ofHours(71).plusMinutes(59));

        Member member = this.accounts.choosePassword(TokenPurpose.ACTIVATION, camille.token(), PASSPHRASE, PASSPHRASE);

        assertThat(member.canLogIn()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "pas-un-vrai-jeton", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })
    void choosePasswordWithAnUnknownLinkShouldSayTheLinkIsNotValid(String token) {
        approved(Personas.family(this.clock));

        assertThatExceptionOfType(InvalidTokenException.class)
            .isThrownBy(() -> this.accounts.choosePassword(TokenPurpose.ACTIVATION, token, PASSPHRASE, PASSPHRASE))
            .satisfies((ex) -> assertThat(ex.state()).isEqualTo(TokenState.UNKNOWN));
    }

    @Test
    void choosePasswordWithAnActivationLinkOnTheResetPageShouldSayTheLinkIsNotValid() {
        Approved camille = approved(Personas.family(this.clock));

        assertThatExceptionOfType(InvalidTokenException.class)
            .isThrownBy(() -> this.accounts.choosePassword(TokenPurpose.PASSWORD_RESET, camille.token(), PASSPHRASE,
                    PASSPHRASE))
            .satisfies((ex) -> assertThat(ex.state()).isEqualTo(TokenState.UNKNOWN));
        assertThat(this.accounts.checkLink(TokenPurpose.ACTIVATION, camille.token())).isEqualTo(TokenState.VALID);
    }

    @Test
    void choosePasswordWhenWeakShouldExplainWhyAndKeepTheLinkUsable() {
        Approved camille = approved(Personas.family(this.clock));

        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.accounts.choosePassword(TokenPurpose.ACTIVATION, camille.token(), "azerty123456",
                    "azerty123456"))
            .satisfies((ex) -> assertThat(ex.errors().all())
                .containsExactly(new FieldError("password", PasswordProblem.TOO_COMMON.messageKey(), List.of())));

        assertThat(this.accounts.checkLink(TokenPurpose.ACTIVATION, camille.token())).isEqualTo(TokenState.VALID);
        assertThat(storedHashOf(camille)).isNull();
        assertThat(this.accounts.choosePassword(TokenPurpose.ACTIVATION, camille.token(), PASSPHRASE, PASSPHRASE)
            .canLogIn()).isTrue();
    }

    @Test
    void choosePasswordWhenConfirmationDiffersShouldPointAtTheConfirmation() {
        Approved camille = approved(Personas.family(this.clock));

        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.accounts.choosePassword(TokenPurpose.ACTIVATION, camille.token(), PASSPHRASE,
                    PASSPHRASE + " !"))
            .satisfies((ex) -> assertThat(ex.errors().all())
                .containsExactly(new FieldError("confirmation", "childcare.password.error.confirmation", List.of())));

        assertThat(this.accounts.checkLink(TokenPurpose.ACTIVATION, camille.token())).isEqualTo(TokenState.VALID);
    }

    @Test
    void choosePasswordWhenItContainsTheEmailLocalPartShouldRefuseIt() {
        RegistrationForm form = Personas.family(this.clock);
        form.setEmail("zebulon.tournesol@example.fr");
        Approved member = approved(form);

        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.accounts.choosePassword(TokenPurpose.ACTIVATION, member.token(),
                    "zebulon.tournesol sous la pluie", "zebulon.tournesol sous la pluie"))
            .satisfies((ex) -> assertThat(ex.errors().get("password")).map(FieldError::messageKey)
                .contains(PasswordProblem.CONTAINS_PERSONAL_DATA.messageKey()));
    }

    @Test
    void choosePasswordFromTwoTabsAtOnceShouldSaveOnlyOnePassword() throws Exception {
        Approved camille = approved(Personas.family(this.clock));
        this.mails.clear();
        CountDownLatch start = new CountDownLatch(1);

        List<Future<Member>> attempts = new ArrayList<>();
        for (String password : List.of(PASSPHRASE, NEW_PASSPHRASE)) {
            attempts.add(this.threads.submit(() -> {
                start.await();
                return this.accounts.choosePassword(TokenPurpose.ACTIVATION, camille.token(), password, password);
            }));
        }
        start.countDown();

        List<Member> saved = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        for (Future<Member> attempt : attempts) {
            try {
                saved.add(attempt.get(60, TimeUnit.SECONDS));
            }
            catch (ExecutionException ex) {
                refused.add(ex.getCause());
            }
        }
        assertThat(saved).hasSize(1);
        assertThat(refused).singleElement()
            .isInstanceOfSatisfying(InvalidTokenException.class,
                    (ex) -> assertThat(ex.state()).isEqualTo(TokenState.USED));
        assertThat(storedHashOf(camille)).isEqualTo(saved.get(0).passwordHash());
        assertThat(this.mails.sent()).hasSize(1);
    }

    @Test
    void requestPasswordResetForAnActiveMemberShouldMailALinkThatWorks() {
        Approved camille = approved(Personas.family(this.clock));
        this.accounts.choosePassword(TokenPurpose.ACTIVATION, camille.token(), PASSPHRASE, PASSPHRASE);
        this.mails.clear();

        this.accounts.requestPasswordReset(camille.member().identifier().toLowerCase(Locale.ROOT));

        OutgoingMail mail = this.mails.sent().get(0);
        assertThat(this.mails.sent()).hasSize(1);
        assertThat(mail.to()).isEqualTo(Personas.FAMILY_EMAIL);
        assertThat(mail.subject()).isEqualTo(subject("passwordReset"));
        assertThat(mail.text()).contains(camille.member().identifier())
            .contains(new TestLinks().passwordReset(TestLinks.tokenIn(mail)));
        Member member = this.accounts.choosePassword(TokenPurpose.PASSWORD_RESET, TestLinks.tokenIn(mail),
                NEW_PASSPHRASE, NEW_PASSPHRASE);
        assertThat(this.hasher.matches(NEW_PASSPHRASE, member.passwordHash())).isTrue();
        assertThat(storedHashOf(camille)).isEqualTo(this.hasher.hash(NEW_PASSPHRASE));
    }

    @Test
    void requestPasswordResetByEmailShouldWorkBeforeAnyPasswordWasChosen() {
        Approved camille = approved(Personas.family(this.clock));
        this.mails.clear();

        this.accounts.requestPasswordReset(" Camille.Martin@Example.FR ");

        assertThat(this.mails.sent()).singleElement()
            .satisfies((mail) -> assertThat(mail.to()).isEqualTo(Personas.FAMILY_EMAIL));
        this.accounts.choosePassword(TokenPurpose.PASSWORD_RESET, TestLinks.tokenIn(this.mails.last()), PASSPHRASE,
                PASSPHRASE);
        assertThat(storedHashOf(camille)).isEqualTo(this.hasher.hash(PASSPHRASE));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "inconnu@example.fr", "ZZZZ-ZZZZ", "camille.martin", "<script>" })
    void requestPasswordResetForAnUnknownLoginShouldSendNothing(String login) {
        approved(Personas.family(this.clock));
        this.mails.clear();

        assertThatCode(() -> this.accounts.requestPasswordReset(login)).doesNotThrowAnyException();

        assertThat(this.mails.sent()).isEmpty();
    }

    @Test
    void requestPasswordResetForAPendingApplicationShouldSendNothing() {
        register(Personas.childminder());
        this.mails.clear();

        this.accounts.requestPasswordReset(Personas.CHILDMINDER_EMAIL);

        assertThat(this.mails.sent()).isEmpty();
    }

    @Test
    void choosePasswordWithAResetLinkShouldRevokeTheOlderActivationLink() {
        Approved camille = approved(Personas.family(this.clock));
        this.accounts.requestPasswordReset(Personas.FAMILY_EMAIL);
        String resetToken = TestLinks.tokenIn(this.mails.last());

        this.accounts.choosePassword(TokenPurpose.PASSWORD_RESET, resetToken, PASSPHRASE, PASSPHRASE);

        assertThat(this.accounts.checkLink(TokenPurpose.ACTIVATION, camille.token())).isNotEqualTo(TokenState.VALID);
        assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> this.accounts
            .choosePassword(TokenPurpose.ACTIVATION, camille.token(), NEW_PASSPHRASE, NEW_PASSPHRASE));
        assertThat(storedHashOf(camille)).isEqualTo(this.hasher.hash(PASSPHRASE));
    }

    @Test
    void choosePasswordShouldRevokeOtherResetLinksOfTheMember() {
        Approved camille = approved(Personas.family(this.clock));
        this.accounts.requestPasswordReset(Personas.FAMILY_EMAIL);
        String olderReset = TestLinks.tokenIn(this.mails.last());
        this.accounts.requestPasswordReset(Personas.FAMILY_EMAIL);
        String newerReset = TestLinks.tokenIn(this.mails.last());

        this.accounts.choosePassword(TokenPurpose.PASSWORD_RESET, newerReset, PASSPHRASE, PASSPHRASE);

        assertThat(this.accounts.checkLink(TokenPurpose.PASSWORD_RESET, olderReset)).isNotEqualTo(TokenState.VALID);
        assertThat(this.accounts.checkLink(TokenPurpose.ACTIVATION, camille.token())).isNotEqualTo(TokenState.VALID);
    }

    @Test
    void changePasswordWhenTheCurrentOneIsWrongShouldChangeNothingAndSaySo() {
        Member camille = active(Personas.family(this.clock));
        this.mails.clear();

        assertThatExceptionOfType(WrongPasswordException.class)
            .isThrownBy(() -> this.accounts.changePassword(camille.id(), "pas le mot de passe du tout", NEW_PASSPHRASE,
                    NEW_PASSPHRASE))
            .satisfies((ex) -> assertThat(ex.errors().all()).containsExactly(
                    new FieldError("currentPassword", "childcare.passwordChange.error.passwordWrong", List.of())));
        assertThat(this.hasher.matches(PASSPHRASE, storedHash(camille))).isTrue();
        assertThat(this.mails.sent()).isEmpty();
    }

    @Test
    void changePasswordWhenTheNewOneIsWeakShouldGiveThePolicysReasonAndChangeNothing() {
        Member camille = active(Personas.family(this.clock));

        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.accounts.changePassword(camille.id(), PASSPHRASE, "soleil", "soleil"))
            .isNotInstanceOf(WrongPasswordException.class)
            .satisfies((ex) -> assertThat(ex.errors().all())
                .containsExactly(new FieldError("newPassword", PasswordProblem.TOO_SHORT.messageKey(), List.of())));
        assertThat(this.hasher.matches(PASSPHRASE, storedHash(camille))).isTrue();
    }

    @Test
    void changePasswordWithoutAnyFieldShouldAskForEachAndNotCountAsAWrongPassword() {
        Member camille = active(Personas.family(this.clock));

        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.accounts.changePassword(camille.id(), null, null, null))
            .isNotInstanceOf(WrongPasswordException.class)
            .satisfies((ex) -> assertThat(ex.errors().all()).extracting(FieldError::field)
                .containsExactly("currentPassword", "newPassword"));
    }

    @Test
    void changePasswordToTheSamePasswordShouldAskForAnotherOne() {
        Member camille = active(Personas.family(this.clock));

        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.accounts.changePassword(camille.id(), PASSPHRASE, PASSPHRASE, PASSPHRASE))
            .satisfies((ex) -> assertThat(ex.errors().get("newPassword")).get()
                .extracting(FieldError::messageKey)
                .isEqualTo("childcare.passwordChange.error.same"));
    }

    @Test
    void changePasswordShouldStoreTheNewOneMailTheMemberAndVoidTheLinksStillOut() {
        Member camille = active(Personas.family(this.clock));
        this.accounts.requestPasswordReset(Personas.FAMILY_EMAIL);
        String resetToken = TestLinks.tokenIn(this.mails.last());
        this.mails.clear();

        this.accounts.changePassword(camille.id(), PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE);

        assertThat(this.hasher.matches(NEW_PASSPHRASE, storedHash(camille))).isTrue();
        assertThat(this.mails.sent()).singleElement().satisfies((mail) -> {
            assertThat(mail.to()).isEqualTo(Personas.FAMILY_EMAIL);
            assertThat(mail.subject()).isEqualTo(subject("passwordChanged"));
            assertThat(mail.text()).contains(new TestLinks().forgottenPassword(), "Prévenez aussi le service")
                .doesNotContain(NEW_PASSPHRASE);
        });
        assertThat(this.accounts.checkLink(TokenPurpose.PASSWORD_RESET, resetToken)).isEqualTo(TokenState.UNKNOWN);
    }

    /**
     * Registers the applicant and has a webmaster approve them; keeps the mailed link.
     */
    private Approved approved(RegistrationForm form) {
        register(form);
        String taskId = this.inbox.openTasks()
            .stream()
            .filter((item) -> item.member().profile().email().equals(form.getEmail()))
            .findFirst()
            .orElseThrow()
            .task()
            .id();
        Member member = this.registrations.approve(taskId, "Sophie Leroy", List.of("proofOfAddress"));
        return new Approved(member, TestLinks.tokenIn(this.mails.last()));
    }

    private void register(RegistrationForm form) {
        this.registrations.register(form, List.of(Personas.proofOfAddress()), new FieldErrors(), Locale.FRENCH);
    }

    /** An approved member who chose {@link #PASSPHRASE} from the activation mail. */
    private Member active(RegistrationForm form) {
        Approved approved = approved(form);
        return this.accounts.choosePassword(TokenPurpose.ACTIVATION, approved.token(), PASSPHRASE, PASSPHRASE);
    }

    private String storedHash(Member member) {
        return this.accounts.findById(member.id()).orElseThrow().passwordHash();
    }

    private String storedHashOf(Approved approved) {
        return this.accounts.findById(approved.member().id()).orElseThrow().passwordHash();
    }

    private static String subject(String template) {
        return Messages.module()
            .get("childcare.mail." + template + ".subject", Locale.FRENCH, RecordingMailTransport.SERVICE_NAME);
    }

    /** A member just approved, and the activation link's token from their mail. */
    private record Approved(Member member, String token) {

    }

}
