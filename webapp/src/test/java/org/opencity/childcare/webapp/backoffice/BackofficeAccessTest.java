package org.opencity.childcare.webapp.backoffice;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.registration.RegistrationService;
import org.opencity.childcare.token.TokenPurpose;
import org.opencity.childcare.webapp.backoffice.Applications.Application;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may see what in the back-office: webmasters everything, editors their welcome page
 * only, members and visitors nothing.
 */
@ApplicationTest
class BackofficeAccessTest {

    private static final String MEMBER_PASSWORD = "tournesol parapluie violet 2931";

    private final MockMvc mvc;

    private final StaffSessions sessions;

    private final Applications applications;

    private final RegistrationService registrations;

    private final AccountService accounts;

    @Autowired
    BackofficeAccessTest(MockMvc mvc, ApplicationContext context, RegistrationService registrations,
            RegistrationInbox inbox, JcrTemplate jcr, AccountService accounts) {
        this.mvc = mvc;
        this.sessions = new StaffSessions(mvc, context);
        this.applications = new Applications(registrations, inbox, jcr);
        this.registrations = registrations;
        this.accounts = accounts;
    }

    @Test
    void inboxWhenAnonymousShouldRedirectToStaffLogin() throws Exception {
        MockHttpServletResponse response = this.mvc.perform(get("/backoffice/taches")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/backoffice/connexion");
    }

    @Test
    void inboxAndOutboxWhenEditorShouldBeRefused() throws Exception {
        MockHttpSession editor = this.sessions.editor();

        assertThat(status(get("/backoffice/taches"), editor)).isEqualTo(403);
        assertThat(status(get("/backoffice/courriels"), editor)).isEqualTo(403);
    }

    @Test
    void homeWhenEditorShouldLinkToThePageEditorAndOfferNoInboxLink() throws Exception {
        MockHttpSession editor = this.sessions.editor();

        String page = this.mvc.perform(get("/backoffice").session(editor))
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(page).contains("Bonjour Rédaction", "href=\"/backoffice/pages\">Pages du site</a>")
            .doesNotContain("href=\"/backoffice/taches\"", "href=\"/backoffice/courriels\"");
    }

    @Test
    void homeWhenWebmasterShouldLinkToInboxAndOutbox() throws Exception {
        MockHttpSession webmaster = this.sessions.webmaster();

        String page = this.mvc.perform(get("/backoffice").session(webmaster))
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(page).contains("Bonjour Webmestre", "href=\"/backoffice/taches\"", "href=\"/backoffice/courriels\"")
            .contains("Connecté : Webmestre", "action=\"/backoffice/deconnexion\"", "<main id=\"contenu\"");
    }

    @Test
    void inboxWhenMemberShouldBeRefused() throws Exception {
        Application application = this.applications.apply(Applications.marie(Applications.uniqueEmail("marie")));
        Member member = this.registrations.approve(application.taskId(), "Webmestre (webmaster)", List.of());
        String link = TestMailServer.link(TestMailServer.lastTo(application.email()), "/activation");
        this.accounts.choosePassword(TokenPurpose.ACTIVATION, token(link), MEMBER_PASSWORD, MEMBER_PASSWORD);
        MockHttpSession memberSession = this.sessions.member(member.identifier(), MEMBER_PASSWORD);

        assertThat(status(get("/backoffice/taches"), memberSession)).isEqualTo(403);
        assertThat(status(get("/backoffice/courriels"), memberSession)).isEqualTo(403);
    }

    @Test
    void loginWhenPasswordIsWrongShouldSaySoAndKeepTheUserName() throws Exception {
        MvcResult failed = this.mvc
            .perform(formLogin("/backoffice/connexion").user("personne-inconnue").password("mauvais"))
            .andReturn();
        MockHttpSession session = (MockHttpSession) failed.getRequest().getSession(false);

        String page = this.mvc.perform(get("/backoffice/connexion").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/connexion");
        assertThat(page).contains("Nom d’utilisateur ou mot de passe incorrect")
            .contains("value=\"personne-inconnue\"")
            .contains("<label for=\"f-username\">", "<label for=\"f-password\">");
    }

    @Test
    void logoutShouldEndTheSessionAndSaySo() throws Exception {
        MockHttpSession webmaster = this.sessions.webmaster();

        MvcResult loggedOut = this.mvc.perform(post("/backoffice/deconnexion").with(csrf()).session(webmaster))
            .andReturn();
        String page = this.mvc.perform(get(loggedOut.getResponse().getRedirectedUrl()))
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(loggedOut.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/connexion?deconnexion");
        assertThat(page).contains("Vous êtes déconnecté du back-office.");
        assertThat(status(get("/backoffice/taches"), webmaster)).isEqualTo(302);
    }

    private int status(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return this.mvc.perform(request.session(session)).andReturn().getResponse().getStatus();
    }

    private static String token(String link) {
        Matcher matcher = Pattern.compile("[?&]jeton=([^&\\s]+)").matcher(link);
        assertThat(matcher.find()).as("token in %s", link).isTrue();
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

}
