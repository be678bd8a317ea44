package org.opencity.childcare.webapp.security;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;

import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactorLogins;
import org.opencity.childcare.webapp.site.SitePaths;
import org.opencity.childcare.webapp.support.Applicants;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.Browser;
import org.opencity.childcare.webapp.support.Html;
import org.opencity.childcare.webapp.support.Journeys;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencity.childcare.webapp.support.Applicants.GOOD_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Logging in and out, for members and for staff: separate roles, a new session at login,
 * slowed-down guessing that cannot lock a member out, and a refusal of every form sent
 * without its token.
 */
@ApplicationTest
class LoginTest {

    private static final String WRONG_PASSWORD = "pas le bon mot de passe du tout";

    /** Each test that fails logins does so from an address of its own. */
    private static final AtomicInteger addresses = new AtomicInteger();

    private final MockMvc mvc;

    private final Journeys journeys;

    private final TestStaff staff;

    @LocalServerPort
    private int port;

    @Autowired
    LoginTest(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.journeys = new Journeys(mvc, context);
        this.staff = new TestStaff(context);
    }

    @Test
    void logInWithIdentifierShouldOpenMyAccountWithANewSessionId() throws Exception {
        Member member = activeCamille();
        MockHttpSession session = new MockHttpSession();
        this.mvc.perform(get(SitePaths.LOGIN).session(session));
        String before = session.getId();

        MvcResult result = logIn(session, member.identifier(), GOOD_PASSWORD, "127.0.0.1");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.ACCOUNT);
        assertThat(session.getId()).isNotEqualTo(before);
        assertThat(page(get(SitePaths.ACCOUNT).session(session), 200)).contains("Bonjour Camille");
    }

    @Test
    void logInWithEmailInAnyCaseShouldOpenMyAccount() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        this.journeys.activeFamily(email, GOOD_PASSWORD);

        MvcResult result = logIn(new MockHttpSession(), email.toUpperCase(), GOOD_PASSWORD, "127.0.0.1");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.ACCOUNT);
    }

    @Test
    void logInWhenPasswordIsWrongShouldSaySoKeepTheLoginAndNotEchoThePassword() throws Exception {
        Member member = activeCamille();
        MockHttpSession session = new MockHttpSession();

        MvcResult result = logIn(session, member.identifier(), WRONG_PASSWORD, newAddress());

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.LOGIN);
        String html = page(get(SitePaths.LOGIN).session(session), 200);
        assertThat(html).contains("Identifiant ou mot de passe incorrect.");
        assertThat(Html.inputValue(html, "login")).hasValue(member.identifier());
        assertThat(Html.inputValue(html, "password")).isEmpty();
        assertThat(html).doesNotContain(WRONG_PASSWORD);
        assertThat(page(get(SitePaths.ACCOUNT).session(session), 302)).isEmpty();
    }

    @Test
    void logInWhenUnknownLoginShouldGiveTheSameAnswerAsAWrongPassword() throws Exception {
        MockHttpSession session = new MockHttpSession();

        MvcResult result = logIn(session, "ZZZZ-9999", WRONG_PASSWORD, newAddress());

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.LOGIN);
        assertThat(page(get(SitePaths.LOGIN).session(session), 200)).contains("Identifiant ou mot de passe incorrect.");
    }

    @Test
    void logInAfterFiveFailuresShouldBeRefusedFromThatAddressButNotFromAnother() throws Exception {
        Member member = activeCamille();
        String guesser = newAddress();
        for (int attempt = 1; attempt <= LoginThrottle.FREE_ATTEMPTS; attempt++) {
            logIn(new MockHttpSession(), member.identifier(), WRONG_PASSWORD + attempt, guesser);
        }
        MockHttpSession session = new MockHttpSession();

        MvcResult refused = logIn(session, member.identifier(), GOOD_PASSWORD, guesser);
        MvcResult fromHome = logIn(new MockHttpSession(), member.identifier(), GOOD_PASSWORD, newAddress());

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.LOGIN);
        assertThat(page(get(SitePaths.LOGIN).session(session), 200))
            .contains("Trop de tentatives ont échoué. Pour protéger votre compte, réessayez dans 1 minute.");
        assertThat(fromHome.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.ACCOUNT);
    }

    @Test
    void logOutShouldCloseMyAccount() throws Exception {
        Member member = activeCamille();
        MockHttpSession session = this.journeys.logIn(member.identifier(), GOOD_PASSWORD);
        String account = page(get(SitePaths.ACCOUNT).session(session), 200);

        MvcResult result = this.mvc.perform(post(SitePaths.LOGOUT).session(session).with(csrf())).andReturn();

        assertThat(account).contains("Se déconnecter");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(SitePaths.LOGIN + "?deconnexion");
        assertThat(new Browser(this.port).get(result.getResponse().getRedirectedUrl()).body())
            .contains("Vous êtes déconnecté.");
        MockHttpServletResponse after = this.mvc.perform(get(SitePaths.ACCOUNT).session(session))
            .andReturn()
            .getResponse();
        assertThat(after.getStatus()).isEqualTo(302);
        assertThat(after.getRedirectedUrl()).endsWith(SitePaths.LOGIN);
    }

    @Test
    void myAccountWhenAnonymousShouldRedirectToLogin() throws Exception {
        MockHttpServletResponse response = this.mvc.perform(get(SitePaths.ACCOUNT)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith(SitePaths.LOGIN);
    }

    @Test
    void backofficeWhenMemberShouldBeRefused() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        this.journeys.activeFamily(email, GOOD_PASSWORD);
        Browser browser = new Browser(this.port);
        Browser.Page loggedIn = browser.post(SitePaths.LOGIN, Map.of("login", email, "password", GOOD_PASSWORD, "_csrf",
                Browser.csrfToken(browser.get(SitePaths.LOGIN))));

        Browser.Page tasks = browser.get(SecurityConfiguration.BACKOFFICE + "/taches");

        assertThat(loggedIn.location()).endsWith(SitePaths.ACCOUNT);
        assertThat(tasks.status()).isEqualTo(403);
        assertThat(tasks.body()).contains("Accès refusé").doesNotContain("Exception");
    }

    @Test
    void myAccountWhenStaffShouldBeRefused() throws Exception {
        Browser browser = new Browser(this.port);
        TestStaff.Account webmaster = this.staff.webmaster();
        browser.post(SecurityConfiguration.BACKOFFICE_LOGIN, Map.of("username", webmaster.username(), "password",
                webmaster.password(), "_csrf", Browser.csrfToken(browser.get(SitePaths.LOGIN))));
        Browser.Page loggedIn = browser.post(SecondFactorLogins.CODE_PAGE, Map.of("code", TestStaff.nextCode(webmaster),
                "_csrf", Browser.csrfToken(browser.get(SecondFactorLogins.CODE_PAGE))));

        Browser.Page account = browser.get(SitePaths.ACCOUNT);
        Browser.Page tasks = browser.get(SecurityConfiguration.BACKOFFICE + "/taches");

        assertThat(loggedIn.status()).isEqualTo(302);
        assertThat(loggedIn.location()).doesNotContain("connexion");
        assertThat(account.status()).isEqualTo(403);
        assertThat(account.body()).contains("Accès refusé");
        assertThat(tasks.status()).isNotIn(302, 403);
    }

    @Test
    void myAccountShouldShowTheMembersOwnDataEscapedAndNoOneElsesAddress() throws Exception {
        String email = Applicants.uniqueEmail("camille");
        MultiValueMap<String, String> fields = Applicants.family(email);
        fields.set("lastName", "D'Artagnan");
        fields.set("postalAddress", "4 quai des Mousquetaires");
        Member member = this.journeys.active(fields, GOOD_PASSWORD);
        MultiValueMap<String, String> neighbour = Applicants.family(Applicants.uniqueEmail("voisine"));
        neighbour.set("postalAddress", "9 chemin du Secret");
        this.journeys.active(neighbour, GOOD_PASSWORD);
        MockHttpSession session = this.journeys.logIn(member.identifier(), GOOD_PASSWORD);

        String html = page(get(SitePaths.ACCOUNT).session(session), 200);

        assertThat(html).contains("Camille D&#39;Artagnan")
            .doesNotContain("D'Artagnan")
            .contains(member.identifier())
            .contains(email)
            .contains("Centre-ville")
            .doesNotContain("9 chemin du Secret")
            .doesNotContain(neighbour.getFirst("email"));
    }

    @Test
    void pagesShouldForbidFramingAndContentSniffing() throws Exception {
        for (String path : new String[] { SitePaths.LOGIN, SitePaths.REGISTER, SitePaths.SECTION,
                SecurityConfiguration.BACKOFFICE_LOGIN }) {
            MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();

            assertThat(response.getHeader("Content-Security-Policy")).as(path)
                .contains("frame-ancestors 'none'", "default-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(response.getHeader("Strict-Transport-Security")).as(path + " over plain HTTP").isNull();
        }
    }

    @Test
    void pagesServedOverHttpsShouldTellBrowsersToKeepToHttps() throws Exception {
        for (String path : new String[] { SitePaths.LOGIN, SitePaths.SECTION,
                SecurityConfiguration.BACKOFFICE_LOGIN }) {
            MockHttpServletResponse response = this.mvc.perform(get(path).secure(true)).andReturn().getResponse();

            assertThat(response.getHeader("Strict-Transport-Security")).as(path)
                .startsWith("max-age=31536000")
                .contains("includeSubDomains");
        }
    }

    @Test
    void everyFormWithoutItsTokenShouldBeRefusedAsExpired() throws Exception {
        String[] forms = { SitePaths.LOGIN, SitePaths.LOGOUT, SitePaths.REGISTER, SitePaths.FORGOTTEN_PASSWORD,
                SitePaths.ACTIVATION, SitePaths.NEW_PASSWORD, SecurityConfiguration.BACKOFFICE_LOGIN };
        for (String form : forms) {
            MockHttpServletResponse response = this.mvc
                .perform(post(form).param("login", "ZZZZ-9999").param("password", WRONG_PASSWORD))
                .andReturn()
                .getResponse();

            assertThat(response.getStatus()).as(form).isEqualTo(403);
            assertThat(response.getForwardedUrl()).as(form).isEqualTo("/page-expiree");
        }
    }

    private Member activeCamille() throws Exception {
        return this.journeys.activeFamily(Applicants.uniqueEmail("camille"), GOOD_PASSWORD);
    }

    private MvcResult logIn(MockHttpSession session, String login, String password, String address) throws Exception {
        return this.mvc
            .perform(post(SitePaths.LOGIN).session(session)
                .param("login", login)
                .param("password", password)
                .with(csrf())
                .with(from(address)))
            .andReturn();
    }

    private String page(RequestBuilder request, int expectedStatus) throws Exception {
        MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(expectedStatus);
        return response.getContentAsString();
    }

    private static RequestPostProcessor from(String address) {
        return (request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        int n = addresses.incrementAndGet();
        return "10.42." + (n / 250) + "." + (1 + n % 250);
    }

}
