package org.opencity.childcare.webapp.site;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.token.TokenPurpose;
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
 * Choosing a password from a mailed link: the activation link after approval, the reset
 * link after "forgotten password", and every way such a link can no longer serve.
 */
@ApplicationTest
class PasswordLinksTest {

    private static final String PASSWORD_CHANGED = "Garde d’enfant : votre mot de passe a été modifié";

    private static final String EXPIRED = "Ce lien a expiré";

    private static final String USED = "Ce lien a déjà servi.";

    private final MockMvc mvc;

    private final Journeys journeys;

    private final OneTimeTokens tokens;

    private final JcrTemplate jcr;

    @Autowired
    PasswordLinksTest(MockMvc mvc, ApplicationContext context, OneTimeTokens tokens, JcrTemplate jcr) {
        this.mvc = mvc;
        this.journeys = new Journeys(mvc, context);
        this.tokens = tokens;
        this.jcr = jcr;
    }

    @Test
    void activationLinkShouldShowPasswordFormWithIdentifier() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        Member approved = approvedFamily(email);

        MockHttpServletResponse page = open(Journeys.activationLink(email));

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("<h1>Choisir mon mot de passe</h1>")
            .contains("Bonjour Camille. Votre identifiant de connexion est " + approved.identifier() + ".")
            .contains("Au moins 12 caractères");
    }

    @Test
    void activateWhenPasswordIsWeakShouldExplainThePolicyAndKeepTheLinkUsable() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        approvedFamily(email);
        URI link = Journeys.activationLink(email);

        MvcResult weak = this.journeys.choosePassword(link, "court");
        MvcResult common = this.journeys.choosePassword(link, "motdepasse2024");

        assertThat(weak.getResponse().getStatus()).isEqualTo(422);
        assertThat(Html.fieldError(weak.getResponse().getContentAsString(), "f-password"))
            .hasValue("Choisissez au moins 12 caractères. "
                    + "Une phrase de plusieurs mots est facile à retenir et difficile à deviner.");
        assertThat(common.getResponse().getStatus()).isEqualTo(422);
        assertThat(Html.fieldError(common.getResponse().getContentAsString(), "f-password")).get()
            .asString()
            .startsWith("Ce mot de passe fait partie des plus répandus");
        assertThat(open(link).getStatus()).isEqualTo(200);
        assertThat(this.journeys.member(email).orElseThrow().passwordHash()).isNull();
    }

    @Test
    void activateWhenConfirmationDiffersShouldAskToTypeBothAgain() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        approvedFamily(email);

        MockHttpServletResponse response = this.mvc
            .perform(post(Journeys.activationLink(email)).param("password", GOOD_PASSWORD)
                .param("confirmation", OTHER_GOOD_PASSWORD)
                .with(csrf()))
            .andReturn()
            .getResponse();

        String html = response.getContentAsString();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(Html.fieldError(html, "f-confirmation"))
            .hasValue("Les deux mots de passe ne sont pas identiques. Saisissez-les à nouveau.");
        assertThat(html).doesNotContain(GOOD_PASSWORD).doesNotContain(OTHER_GOOD_PASSWORD);
    }

    @Test
    void activateWithGoodPasswordShouldRedirectToLoginWithIdentifierNotice() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        Member approved = approvedFamily(email);

        MvcResult chosen = this.journeys.choosePassword(Journeys.activationLink(email), GOOD_PASSWORD);

        assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.LOGIN);
        String html = this.mvc.perform(get(SitePaths.LOGIN).flashAttrs(chosen.getFlashMap()))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(html).contains("Votre mot de passe est enregistré. " + "Connectez-vous avec votre identifiant "
                + approved.identifier() + ".");
        assertThat(Html.inputValue(html, "login")).hasValue(approved.identifier());
        assertThat(TestMailServer.lastTo(email).getSubject()).isEqualTo(PASSWORD_CHANGED);
        assertThat(this.journeys.logIn(approved.identifier(), GOOD_PASSWORD)).isNotNull();
    }

    @Test
    void activationLinkWhenReplayedShouldSayItWasUsedAndChangeNothing() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        Member member = this.journeys.activeFamily(email, GOOD_PASSWORD);
        URI link = Journeys.activationLink(email);

        MockHttpServletResponse opened = open(link);
        MockHttpServletResponse sent = send(link, OTHER_GOOD_PASSWORD);

        assertThat(opened.getStatus()).isEqualTo(410);
        assertThat(opened.getContentAsString()).contains("Ce lien ne peut plus servir").contains(USED);
        assertThat(sent.getStatus()).isEqualTo(410);
        assertThat(sent.getContentAsString()).contains(USED);
        assertThat(this.journeys.logIn(member.identifier(), GOOD_PASSWORD)).isNotNull();
    }

    @Test
    void unknownLinkShouldSayItIsNotValid() throws Exception {
        String neverIssued = "Zk3q9X-7bY_2mWp0aLr4sTu8vNc6dEh1gJi5oKlAbCd";

        MockHttpServletResponse mistyped = open(URI.create(SitePaths.ACTIVATION + "?jeton=" + neverIssued));
        MockHttpServletResponse truncated = open(URI.create(SitePaths.ACTIVATION));
        MockHttpServletResponse posted = send(URI.create(SitePaths.NEW_PASSWORD + "?jeton=inconnu"), GOOD_PASSWORD);

        for (MockHttpServletResponse page : List.of(mistyped, truncated, posted)) {
            assertThat(page.getStatus()).isEqualTo(404);
            assertThat(page.getContentAsString()).contains("Ce lien n’est pas valable.")
                .contains("Recevoir un nouveau lien");
        }
    }

    @Test
    void expiredLinkShouldSayItExpired() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        Member approved = approvedFamily(email);
        String token = this.tokens.newToken();
        this.tokens.prepare(this.jcr, token);
        this.jcr.write((session) -> {
            this.tokens.issue(session, token, TokenPurpose.ACTIVATION, approved.id(), Duration.ofSeconds(-1));
            return null;
        });
        URI link = URI.create(SitePaths.ACTIVATION + "?jeton=" + token);

        MockHttpServletResponse opened = open(link);
        MockHttpServletResponse sent = send(link, GOOD_PASSWORD);

        assertThat(opened.getStatus()).isEqualTo(410);
        assertThat(opened.getContentAsString()).contains(EXPIRED);
        assertThat(sent.getStatus()).isEqualTo(410);
        assertThat(sent.getContentAsString()).contains(EXPIRED);
        assertThat(this.journeys.member(email).orElseThrow().passwordHash()).isNull();
    }

    @Test
    void forgottenPasswordShouldAnswerAlikeForAMemberAndAnUnknownLogin() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        Member member = this.journeys.activeFamily(email, GOOD_PASSWORD);
        String stranger = Applicants.uniqueEmail("inconnu");
        int mailsBefore = TestMailServer.to(email).size();

        MvcResult known = requestLink(member.identifier());
        MvcResult unknown = requestLink(stranger);

        assertThat(known.getResponse().getStatus()).isEqualTo(302);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(302);
        assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.FORGOTTEN_PASSWORD);
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.FORGOTTEN_PASSWORD);
        String knownPage = sentPage(known);
        assertThat(knownPage).isEqualTo(sentPage(unknown))
            .contains("Si un compte actif correspond à ce que vous avez saisi");
        assertThat(TestMailServer.to(email)).hasSize(mailsBefore + 1);
        assertThat(TestMailServer.lastTo(email).getSubject())
            .isEqualTo("Garde d’enfant : choisir un nouveau mot de passe");
        assertThat(TestMailServer.to(stranger)).isEmpty();
    }

    @Test
    void forgottenPasswordWhenLoginIsBlankShouldAskForIt() throws Exception {
        MvcResult result = requestLink("  ");

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(Html.fieldError(result.getResponse().getContentAsString(), "f-login"))
            .hasValue("Ce champ est à remplir.");
    }

    @Test
    void resetLinkShouldReplaceTheOldPassword() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        Member member = this.journeys.activeFamily(email, GOOD_PASSWORD);
        MockHttpSession stillOpen = this.journeys.logIn(email, GOOD_PASSWORD);
        requestLink(email.toUpperCase());
        URI link = Journeys.resetLink(email);

        String form = open(link).getContentAsString();
        MockHttpServletResponse chosen = send(link, OTHER_GOOD_PASSWORD);

        assertThat(this.mvc.perform(get(SitePaths.ACCOUNT).session(stillOpen))
            .andReturn()
            .getResponse()
            .getRedirectedUrl()).as("a session opened with the old password ended")
            .isEqualTo(SitePaths.LOGIN + "?" + SitePaths.SESSION_ENDED);

        assertThat(form).contains("<h1>Choisir un nouveau mot de passe</h1>").contains(member.identifier());
        assertThat(chosen.getRedirectedUrl()).startsWith(SitePaths.LOGIN);
        assertThat(loginFails(member.identifier(), GOOD_PASSWORD)).isTrue();
        assertThat(this.journeys.logIn(member.identifier(), OTHER_GOOD_PASSWORD)).isNotNull();
        assertThat(TestMailServer.to(email)).extracting(MimeMessage::getSubject)
            .filteredOn(PASSWORD_CHANGED::equals)
            .hasSize(2);
        assertThat(open(link).getStatus()).isEqualTo(410);
    }

    /** Camille applies and a webmaster approves her: she has her activation mail. */
    private Member approvedFamily(String email) throws Exception {
        this.journeys.registerFamily(email);
        return this.journeys.approve(email);
    }

    /** Follows a link from a mail. */
    private MockHttpServletResponse open(URI link) throws Exception {
        return this.mvc.perform(get(link)).andReturn().getResponse();
    }

    /** Sends the form a link leads to, with {@code password} typed twice. */
    private MockHttpServletResponse send(URI link, String password) throws Exception {
        return this.journeys.choosePassword(link, password).getResponse();
    }

    private MvcResult requestLink(String login) throws Exception {
        MockHttpServletRequestBuilder request = post(SitePaths.FORGOTTEN_PASSWORD).param("login", login);
        return this.mvc.perform(request.with(csrf())).andReturn();
    }

    /** The page the visitor lands on after asking for a link. */
    private String sentPage(MvcResult requested) throws Exception {
        return this.mvc.perform(get(SitePaths.FORGOTTEN_PASSWORD).flashAttrs(requested.getFlashMap()))
            .andReturn()
            .getResponse()
            .getContentAsString()
            .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private boolean loginFails(String login, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = this.mvc.perform(post(SitePaths.LOGIN).session(session)
            .param("login", login)
            .param("password", password)
            .with(csrf())
            .with((request) -> {
                request.setRemoteAddr("10.20.30.40");
                return request;
            })).andReturn();
        return SitePaths.LOGIN.equals(result.getResponse().getRedirectedUrl());
    }

}
