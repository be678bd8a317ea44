package org.opencity.childcare.webapp.site;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.EmailChanges;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.PasswordHasher;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.Mailer;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.Html;
import org.opencity.childcare.webapp.support.Journeys;
import org.opencity.childcare.webapp.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencity.childcare.webapp.support.Applicants.GOOD_PASSWORD;
import static org.opencity.childcare.webapp.support.Applicants.OTHER_GOOD_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Camille changes her password and her e-mail address from "my account", each time typing
 * her current password again: a wrong one changes nothing and counts as a failed login; a
 * new password ends her other sessions; a new address becomes hers only once she opens
 * the link mailed to it, once.
 */
@ApplicationTest
class AccountSettingsTest {

    private static final String WRONG_PASSWORD = "pas du tout le bon mot de passe";

    /** Each test guesses from an address of its own, so throttles do not cross tests. */
    private static final AtomicInteger addresses = new AtomicInteger(10);

    private final MockMvc mvc;

    private final ApplicationContext context;

    private final Journeys journeys;

    private String email;

    private Member camille;

    private MockHttpSession session;

    @Autowired
    AccountSettingsTest(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.context = context;
        this.journeys = new Journeys(mvc, context);
    }

    @BeforeEach
    void camilleIsLoggedIn() throws Exception {
        this.email = Applicants.uniqueEmail("camille");
        this.camille = this.journeys.activeFamily(this.email, GOOD_PASSWORD);
        this.session = this.journeys.logIn(this.camille.identifier(), GOOD_PASSWORD);
    }

    @Test
    void accountShouldLinkToBothSettingsPages() throws Exception {
        String account = page(get(SitePaths.ACCOUNT));

        assertThat(account).contains("href=\"" + SitePaths.CHANGE_PASSWORD + "\">Changer de mot de passe</a>",
                "href=\"" + SitePaths.CHANGE_EMAIL + "\">Changer d’adresse électronique</a>");
        assertThat(page(get(SitePaths.CHANGE_PASSWORD))).contains("<h1>Changer de mot de passe</h1>",
                "Mot de passe actuel", "Au moins 12 caractères");
        assertThat(page(get(SitePaths.CHANGE_EMAIL))).contains("<h1>Changer d’adresse électronique</h1>",
                "Votre adresse actuelle est " + this.email);
    }

    @Test
    void passwordChangedOnAnotherNodeShouldEndThisSessionAtItsNextRequest() throws Exception {
        MockHttpSession browser = this.journeys.logIn(this.email, GOOD_PASSWORD);
        // What another node of a cluster does: nothing in this node's memory hears of it.
        this.context.getBean(AccountService.class)
            .changePassword(this.camille.id(), GOOD_PASSWORD, OTHER_GOOD_PASSWORD, OTHER_GOOD_PASSWORD);

        MockHttpServletResponse page = this.mvc.perform(get(SitePaths.ACCOUNT).session(browser))
            .andReturn()
            .getResponse();
        MockHttpServletResponse api = this.mvc.perform(get("/.rest/childcare/v1/me").session(this.session))
            .andReturn()
            .getResponse();

        assertThat(page.getRedirectedUrl()).isEqualTo(SitePaths.LOGIN + "?" + SitePaths.SESSION_ENDED);
        assertThat(browser.isInvalid()).as("the page's session ended").isTrue();
        assertThat(Html.text(this.mvc.perform(get(page.getRedirectedUrl()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8)))
            .contains("Votre mot de passe a été changé depuis une autre connexion");
        assertThat(api.getStatus()).as("the API refuses a session opened with the old password").isEqualTo(401);
        assertThat(this.session.isInvalid()).as("the API's session ended").isTrue();
    }

    @Test
    void wrongCurrentPasswordShouldChangeNothingAndCountAsAFailedLogin() throws Exception {
        RequestPostProcessor guesser = fromNewAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            MockHttpServletResponse refused = changePassword(WRONG_PASSWORD, OTHER_GOOD_PASSWORD, guesser);

            assertThat(refused.getStatus()).as("attempt " + attempt).isEqualTo(422);
            assertThat(Html.fieldError(refused.getContentAsString(), "f-currentPassword")).hasValue(
                    "Ce mot de passe n’est pas votre mot de passe actuel. Votre mot de passe n’a pas été modifié.");
        }

        MockHttpServletResponse throttled = changePassword(GOOD_PASSWORD, OTHER_GOOD_PASSWORD, guesser);
        MvcResult login = this.mvc
            .perform(post(SitePaths.LOGIN).param("login", this.camille.identifier())
                .param("password", GOOD_PASSWORD)
                .with(csrf())
                .with(guesser))
            .andReturn();

        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(Html.fieldError(throttled.getContentAsString(), "f-currentPassword")).get()
            .asString()
            .startsWith("Trop de tentatives ont échoué.");
        assertThat(login.getResponse().getRedirectedUrl()).as("the login form is throttled too")
            .isEqualTo(SitePaths.LOGIN);
        assertThat(this.journeys.logIn(this.camille.identifier(), GOOD_PASSWORD)).as("old password, elsewhere")
            .isNotNull();
        assertThat(TestMailServer.to(this.email)).extracting(MimeMessage::getSubject)
            .as("only the mail of the first password")
            .filteredOn((subject) -> subject.contains("mot de passe a été modifié"))
            .hasSize(1);
    }

    @Test
    void weakNewPasswordShouldBeRefusedAsAtRegistrationAndNothingTypedShownAgain() throws Exception {
        MockHttpServletResponse refused = changePassword(GOOD_PASSWORD, "soleil2024", fromNewAddress());

        String html = refused.getContentAsString();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(Html.errorSummary(html)).containsExactly("#f-newPassword: Choisissez au moins 12 caractères. "
                + "Une phrase de plusieurs mots est facile à retenir et difficile à deviner.");
        assertThat(html).doesNotContain(GOOD_PASSWORD).doesNotContain("soleil2024");
        assertThat(this.journeys.logIn(this.camille.identifier(), GOOD_PASSWORD)).isNotNull();
    }

    @Test
    void newPasswordShouldRenewTheSessionEndTheOtherSessionsAndBeConfirmedByMail() throws Exception {
        MockHttpSession phone = this.journeys.logIn(this.email, GOOD_PASSWORD);
        String before = this.session.getId();

        MockHttpServletResponse changed = changePassword(GOOD_PASSWORD, OTHER_GOOD_PASSWORD, fromNewAddress());

        assertThat(changed.getRedirectedUrl()).isEqualTo(SitePaths.ACCOUNT + "?mot-de-passe-modifie");
        assertThat(this.session.getId()).as("new session id").isNotEqualTo(before);
        assertThat(Html.text(page(get(changed.getRedirectedUrl())))).contains("Votre mot de passe a été modifié.");
        assertThat(this.mvc.perform(get(SitePaths.ACCOUNT).session(phone)).andReturn().getResponse().getRedirectedUrl())
            .as("the other session ended, and the login page will say why")
            .isEqualTo(SitePaths.LOGIN + "?" + SitePaths.SESSION_ENDED);
        assertThat(page(get(SitePaths.ACCOUNT))).as("this session continues").contains("Changer de mot de passe");
        MimeMessage mail = TestMailServer.lastTo(this.email);
        assertThat(mail.getSubject()).isEqualTo("Garde d’enfant : votre mot de passe a été modifié");
        assertThat(TestMailServer.body(mail)).contains("Si ce n’était pas vous", SitePaths.FORGOTTEN_PASSWORD,
                "Prévenez aussi le service Garde d’enfant de votre mairie");
        assertThat(this.journeys.logIn(this.camille.identifier(), OTHER_GOOD_PASSWORD)).isNotNull();
        MvcResult oldPassword = this.mvc
            .perform(post(SitePaths.LOGIN).param("login", this.email)
                .param("password", GOOD_PASSWORD)
                .with(csrf())
                .with(fromNewAddress()))
            .andReturn();
        assertThat(oldPassword.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.LOGIN);
    }

    @Test
    void formsWithoutTheirFormTokenShouldBeRefusedAndChangeNothing() throws Exception {
        MockHttpServletResponse password = perform(
                post(SitePaths.CHANGE_PASSWORD).param("currentPassword", GOOD_PASSWORD)
                    .param("newPassword", OTHER_GOOD_PASSWORD)
                    .param("confirmation", OTHER_GOOD_PASSWORD));
        MockHttpServletResponse address = perform(
                post(SitePaths.CHANGE_EMAIL).param("email", Applicants.uniqueEmail("ailleurs"))
                    .param("password", GOOD_PASSWORD));

        assertThat(password.getStatus()).isEqualTo(403);
        assertThat(address.getStatus()).isEqualTo(403);
        assertThat(this.journeys.logIn(this.camille.identifier(), GOOD_PASSWORD)).isNotNull();
        assertThat(Html.text(page(get(SitePaths.ACCOUNT)))).doesNotContain("Changement en attente");
    }

    @Test
    void newAddressShouldChangeOnlyOnceTheLinkMailedToItIsOpenedAndOnlyOnce() throws Exception {
        String newEmail = Applicants.uniqueEmail("camille.nouvelle");

        MockHttpServletResponse requested = perform(
                post(SitePaths.CHANGE_EMAIL).param("email", newEmail).param("password", GOOD_PASSWORD).with(csrf()));

        assertThat(requested.getRedirectedUrl()).isEqualTo(SitePaths.ACCOUNT + "?adresse-demandee");
        String account = Html.text(page(get(requested.getRedirectedUrl())));
        assertThat(account).contains("Un lien de confirmation a été envoyé à votre nouvelle adresse.",
                "Changement en attente vers " + newEmail, this.email);
        assertThat(TestMailServer.lastTo(this.email).getSubject())
            .isEqualTo("Garde d’enfant : changement d’adresse électronique demandé");
        assertThat(TestMailServer.body(TestMailServer.lastTo(this.email))).contains(newEmail);
        MimeMessage confirmation = TestMailServer.lastTo(newEmail);
        assertThat(confirmation.getSubject())
            .isEqualTo("Garde d’enfant : confirmez votre nouvelle adresse électronique");
        URI link = Journeys.local(TestMailServer.link(confirmation, SitePaths.CONFIRM_EMAIL));

        // Opening the link (as a mail scanner would) shows a button and changes nothing.
        MockHttpServletResponse opened = this.mvc.perform(get(link)).andReturn().getResponse();
        assertThat(opened.getStatus()).isEqualTo(200);
        assertThat(Html.text(opened.getContentAsString())).contains("Confirmer ma nouvelle adresse électronique",
                "l’adresse " + newEmail);
        assertThat(this.journeys.member(this.email)).isPresent();

        MockHttpServletResponse confirmed = this.mvc.perform(post(link).with(csrf())).andReturn().getResponse();

        assertThat(confirmed.getStatus()).isEqualTo(200);
        assertThat(Html.text(confirmed.getContentAsString())).contains("Votre adresse électronique a été modifiée",
                "Votre compte utilise désormais l’adresse " + newEmail);
        assertThat(Html.text(page(get(SitePaths.ACCOUNT)))).contains(newEmail).doesNotContain("Changement en attente");
        assertThat(this.journeys.logIn(newEmail, GOOD_PASSWORD)).isNotNull();
        assertThat(this.journeys.member(this.email)).isEmpty();
        MimeMessage notice = TestMailServer.lastTo(this.email);
        assertThat(notice.getSubject()).isEqualTo("Garde d’enfant : votre adresse électronique a été modifiée");
        assertThat(TestMailServer.body(notice)).contains(newEmail);

        MockHttpServletResponse reopened = this.mvc.perform(get(link)).andReturn().getResponse();
        MockHttpServletResponse resent = this.mvc.perform(post(link).with(csrf())).andReturn().getResponse();
        for (MockHttpServletResponse used : List.of(reopened, resent)) {
            assertThat(used.getStatus()).isEqualTo(410);
            assertThat(Html.text(used.getContentAsString())).contains("Ce lien ne peut plus servir",
                    "Ce lien a déjà servi", "Changer d’adresse électronique");
        }
    }

    @Test
    void expiredLinkShouldSaySoAndKeepTheOldAddress() throws Exception {
        String newEmail = Applicants.uniqueEmail("camille.tardive");
        // Asked 25 hours ago: the link, valid 24 hours, has expired by now.
        emailChangesAt(Instant.now().minus(Duration.ofHours(25))).request(this.camille.id(), newEmail, GOOD_PASSWORD);
        URI link = Journeys.local(TestMailServer.link(TestMailServer.lastTo(newEmail), SitePaths.CONFIRM_EMAIL));

        MockHttpServletResponse opened = this.mvc.perform(get(link)).andReturn().getResponse();
        MockHttpServletResponse sent = this.mvc.perform(post(link).with(csrf())).andReturn().getResponse();

        for (MockHttpServletResponse expired : List.of(opened, sent)) {
            assertThat(expired.getStatus()).isEqualTo(410);
            assertThat(Html.text(expired.getContentAsString())).contains("Ce lien a expiré",
                    "votre adresse n’a pas changé");
        }
        assertThat(this.journeys.member(this.email)).isPresent();
        assertThat(Html.text(page(get(SitePaths.ACCOUNT)))).doesNotContain("Changement en attente");
    }

    @Test
    void addressOfAnotherMemberShouldBeRefusedWithoutSayingWhoseAndWhatWasTypedKept() throws Exception {
        String bastien = Applicants.uniqueEmail("bastien");
        this.journeys.activeFamily(bastien, GOOD_PASSWORD);
        int mailsToBastien = TestMailServer.to(bastien).size();

        MockHttpServletResponse refused = perform(post(SitePaths.CHANGE_EMAIL).param("email", bastien.toUpperCase())
            .param("password", GOOD_PASSWORD)
            .with(csrf()));

        String html = refused.getContentAsString();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(Html.errorSummary(html)).containsExactly(
                "#f-email: Cette adresse ne peut pas être utilisée pour votre compte. Saisissez-en une autre.");
        assertThat(Html.inputValue(html, "email")).hasValue(bastien.toUpperCase());
        assertThat(html).doesNotContain(GOOD_PASSWORD);
        assertThat(TestMailServer.to(bastien)).hasSize(mailsToBastien);
    }

    @Test
    void invalidAddressAndWrongPasswordShouldBothBeSaidAndNothingSent() throws Exception {
        int mailsBefore = TestMailServer.to(this.email).size();

        MockHttpServletResponse refused = perform(post(SitePaths.CHANGE_EMAIL).param("email", "camille@exemple")
            .param("password", WRONG_PASSWORD)
            .with(csrf())
            .with(fromNewAddress()));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(Html.errorSummary(refused.getContentAsString())).containsExactly(
                "#f-email: Saisissez une adresse électronique complète, par exemple nom@exemple.fr.",
                "#f-password: Ce mot de passe n’est pas le bon. Votre adresse n’a pas été modifiée.");
        assertThat(TestMailServer.to(this.email)).hasSize(mailsBefore);
    }

    /** The service as the host wires it, with its clock at {@code at}. */
    private EmailChanges emailChangesAt(Instant at) {
        Clock clock = new MutableClock(at);
        return new EmailChanges(this.context.getBean(JcrTemplate.class), new OneTimeTokens(clock, new SecureRandom()),
                this.context.getBean(PasswordHasher.class), this.context.getBean(Mailer.class),
                this.context.getBean(Links.class), clock, Duration.ofHours(24));
    }

    private MockHttpServletResponse changePassword(String current, String chosen, RequestPostProcessor from)
            throws Exception {
        return perform(post(SitePaths.CHANGE_PASSWORD).param("currentPassword", current)
            .param("newPassword", chosen)
            .param("confirmation", chosen)
            .with(csrf())
            .with(from));
    }

    private static RequestPostProcessor fromNewAddress() {
        String address = "203.0.113." + addresses.incrementAndGet();
        return (request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc.perform(request.session(this.session)).andReturn().getResponse();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).as("status of " + request).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

}
