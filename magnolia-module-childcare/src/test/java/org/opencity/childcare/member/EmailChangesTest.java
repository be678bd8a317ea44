package org.opencity.childcare.member;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EmailChanges} on a real repository: Camille moves to a new address,
 * which becomes hers only once she opens the link sent there; her old address is told.
 */
class EmailChangesTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    private static final Duration VALIDITY = Duration.ofHours(24);

    private static final String PASSPHRASE = "la cabane bleue du jardin chante";

    private static final String NEW_EMAIL = "camille.durand@example.org";

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final RecordingMailTransport mails = new RecordingMailTransport();

    private RegistrationService registrations;

    private RegistrationInbox inbox;

    private AccountService accounts;

    private EmailChanges changes;

    private Member camille;

    @BeforeEach
    void camilleIsAnActiveMember() throws RepositoryException {
        repository.clean();
        JcrTemplate jcr = new JcrTemplate(repository.sessionFactory());
        OneTimeTokens tokens = new OneTimeTokens(this.clock, new SecureRandom());
        PasswordHasher hasher = new PrefixPasswordHasher();
        this.registrations = new RegistrationService(jcr, Personas.neighbourhoods(), tokens,
                new IdentifierGenerator(new SecureRandom()), this.mails.mailer(), new TestLinks(), this.clock,
                Duration.ofHours(72));
        this.inbox = new RegistrationInbox(jcr);
        this.accounts = new AccountService(jcr, tokens, POLICY, hasher, this.mails.mailer(), new TestLinks(),
                Duration.ofHours(72));
        this.changes = new EmailChanges(jcr, tokens, hasher, this.mails.mailer(), new TestLinks(), this.clock,
                VALIDITY);
        this.camille = active(Personas.family(this.clock));
        this.mails.clear();
    }

    @Test
    void requestShouldMailALinkToTheNewAddressTellTheOldOneAndChangeNothingYet() {
        PendingEmailChange pending = this.changes.request(this.camille.id(), " Camille.Durand@Example.ORG ",
                PASSPHRASE);

        assertThat(pending.email()).isEqualTo(NEW_EMAIL);
        assertThat(pending.expiresAt()).isEqualTo(this.clock.instant().plus(VALIDITY));
        assertThat(this.changes.pending(this.camille.id())).contains(pending);
        OutgoingMail link = only(NEW_EMAIL);
        assertThat(link.subject()).isEqualTo(subject("emailChangeConfirmation"));
        assertThat(link.text()).contains(new TestLinks().emailChange(TestLinks.tokenIn(link)), "24 heures");
        OutgoingMail notice = only(Personas.FAMILY_EMAIL);
        assertThat(notice.subject()).isEqualTo(subject("emailChangeRequested"));
        assertThat(notice.text()).contains(NEW_EMAIL, new TestLinks().forgottenPassword()).doesNotContain("jeton=");
        assertThat(this.accounts.findByLogin(Personas.FAMILY_EMAIL)).isPresent();
        assertThat(this.accounts.findByLogin(NEW_EMAIL)).isEmpty();
    }

    @Test
    void confirmShouldMakeTheNewAddressTheLoginAndTellTheOldOne() {
        this.changes.request(this.camille.id(), NEW_EMAIL, PASSPHRASE);
        String token = TestLinks.tokenIn(only(NEW_EMAIL));
        this.mails.clear();

        Member changed = this.changes.confirm(token);

        assertThat(changed.profile().email()).isEqualTo(NEW_EMAIL);
        assertThat(this.accounts.findByLogin(NEW_EMAIL)).get().extracting(Member::id).isEqualTo(this.camille.id());
        assertThat(this.accounts.findByLogin(Personas.FAMILY_EMAIL)).isEmpty();
        assertThat(this.accounts.findByLogin(this.camille.identifier())).get()
            .extracting((member) -> member.profile().email())
            .isEqualTo(NEW_EMAIL);
        assertThat(this.changes.pending(this.camille.id())).isEmpty();
        OutgoingMail notice = only(Personas.FAMILY_EMAIL);
        assertThat(notice.subject()).isEqualTo(subject("emailChanged"));
        assertThat(notice.text()).contains(NEW_EMAIL);
        assertThat(this.mails.sentTo(NEW_EMAIL)).isEmpty();
    }

    @Test
    void confirmTwiceShouldSayTheLinkWasUsed() {
        this.changes.request(this.camille.id(), NEW_EMAIL, PASSPHRASE);
        String token = TestLinks.tokenIn(only(NEW_EMAIL));
        this.changes.confirm(token);

        assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> this.changes.confirm(token))
            .extracting(InvalidTokenException::state)
            .isEqualTo(TokenState.USED);
        assertThat(this.changes.changeOfLink(token)).isEmpty();
    }

    @Test
    void confirmOneSecondAfterTheValidityShouldSayTheLinkExpiredAndKeepTheOldAddress() {
        this.changes.request(this.camille.id(), NEW_EMAIL, PASSPHRASE);
        String token = TestLinks.tokenIn(only(NEW_EMAIL));
        this.clock.advance(VALIDITY.plusSeconds(1));

        assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> this.changes.confirm(token))
            .extracting(InvalidTokenException::state)
            .isEqualTo(TokenState.EXPIRED);
        assertThat(this.changes.linkState(token)).isEqualTo(TokenState.EXPIRED);
        assertThat(this.changes.pending(this.camille.id())).as("no longer shown as pending").isEmpty();
        assertThat(this.accounts.findById(this.camille.id())).get()
            .extracting((member) -> member.profile().email())
            .isEqualTo(Personas.FAMILY_EMAIL);
    }

    @Test
    void aNewRequestShouldVoidTheLinkOfTheOneBefore() {
        this.changes.request(this.camille.id(), "premiere@example.org", PASSPHRASE);
        String first = TestLinks.tokenIn(only("premiere@example.org"));

        this.changes.request(this.camille.id(), NEW_EMAIL, PASSPHRASE);

        assertThat(this.changes.linkState(first)).isEqualTo(TokenState.UNKNOWN);
        assertThat(this.changes.changeOfLink(TestLinks.tokenIn(only(NEW_EMAIL)))).get()
            .extracting(PendingEmailChange::email)
            .isEqualTo(NEW_EMAIL);
    }

    @Test
    void aNewPasswordShouldCancelThePendingChange() {
        this.changes.request(this.camille.id(), NEW_EMAIL, PASSPHRASE);
        String token = TestLinks.tokenIn(only(NEW_EMAIL));

        this.accounts.changePassword(this.camille.id(), PASSPHRASE, "trois hiboux roux lisent le journal",
                "trois hiboux roux lisent le journal");

        assertThat(this.changes.pending(this.camille.id())).isEmpty();
        assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> this.changes.confirm(token));
    }

    @Test
    void requestWithAWrongPasswordShouldRecordAndSendNothing() {
        assertThatExceptionOfType(WrongPasswordException.class)
            .isThrownBy(() -> this.changes.request(this.camille.id(), NEW_EMAIL, "pas le bon mot de passe"))
            .satisfies((ex) -> assertThat(ex.errors().all())
                .containsExactly(new FieldError("password", "childcare.emailChange.error.passwordWrong", List.of())));
        assertThat(this.changes.pending(this.camille.id())).isEmpty();
        assertThat(this.mails.sent()).isEmpty();
    }

    @Test
    void requestShouldCheckTheAddressAsRegistrationDoes() {
        for (String typed : List.of("camille", "camille@exemple", "camille @example.org", "<b>@example.org")) {
            assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> this.changes.request(this.camille.id(), typed, PASSPHRASE))
                .as(typed)
                .satisfies((ex) -> assertThat(ex.errors().get("email")).get()
                    .extracting(FieldError::messageKey)
                    .isEqualTo("childcare.registration.error.email"));
        }
        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.changes.request(this.camille.id(), "", ""))
            .satisfies((ex) -> assertThat(ex.errors().all()).extracting(FieldError::messageKey)
                .containsExactly("childcare.validation.required", "childcare.emailChange.error.passwordRequired"));
    }

    @Test
    void requestForTheCurrentAddressShouldAskForTheNewOne() {
        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.changes.request(this.camille.id(), "CAMILLE.MARTIN@example.fr", PASSPHRASE))
            .satisfies((ex) -> assertThat(ex.errors().all())
                .containsExactly(new FieldError("email", "childcare.emailChange.error.same", List.of())));
    }

    @Test
    void requestForAnAddressOfAnotherAccountShouldBeRefusedWithoutSayingWhose() {
        Member nadia = active(Personas.childminder());
        this.mails.clear();

        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.changes.request(this.camille.id(), Personas.CHILDMINDER_EMAIL, PASSPHRASE))
            .satisfies((ex) -> assertThat(ex.errors().all())
                .containsExactly(new FieldError("email", "childcare.emailChange.error.unavailable", List.of())));
        assertThat(this.mails.sentTo(Personas.CHILDMINDER_EMAIL)).isEmpty();
        assertThat(nadia.profile().email()).isEqualTo(Personas.CHILDMINDER_EMAIL);
    }

    @Test
    void confirmWhenAnotherAccountTookTheAddressMeanwhileShouldKeepTheOldAddress() {
        this.changes.request(this.camille.id(), Personas.CHILDMINDER_EMAIL, PASSPHRASE);
        String token = TestLinks.tokenIn(only(Personas.CHILDMINDER_EMAIL));
        register(Personas.childminder());

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.changes.confirm(token))
            .satisfies((ex) -> assertThat(ex.errors().all())
                .containsExactly(new FieldError("email", "childcare.emailChange.error.taken", List.of())));
        assertThat(this.accounts.findByLogin(Personas.FAMILY_EMAIL)).get()
            .extracting(Member::id)
            .isEqualTo(this.camille.id());
    }

    private OutgoingMail only(String address) {
        List<OutgoingMail> sent = this.mails.sentTo(address);
        assertThat(sent).as("mails to " + address).hasSize(1);
        return sent.get(0);
    }

    private Member active(RegistrationForm form) {
        register(form);
        String taskId = this.inbox.openTasks()
            .stream()
            .filter((item) -> item.member().profile().email().equals(form.getEmail()))
            .findFirst()
            .orElseThrow()
            .task()
            .id();
        this.registrations.approve(taskId, "Sophie Leroy", List.of("proofOfAddress"));
        String token = TestLinks.tokenIn(this.mails.last());
        return this.accounts.choosePassword(TokenPurpose.ACTIVATION, token, PASSPHRASE, PASSPHRASE);
    }

    private void register(RegistrationForm form) {
        this.registrations.register(form, List.of(Personas.proofOfAddress()), new FieldErrors(), Locale.FRENCH);
    }

    private static String subject(String template) {
        return Messages.module()
            .get("childcare.mail." + template + ".subject", Locale.FRENCH, RecordingMailTransport.SERVICE_NAME);
    }

}
