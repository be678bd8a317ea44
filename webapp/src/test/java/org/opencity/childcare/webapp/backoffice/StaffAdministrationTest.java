package org.opencity.childcare.webapp.backoffice;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opencity.childcare.webapp.security.SecurityConfiguration;
import org.opencity.childcare.webapp.security.StaffAccount;
import org.opencity.childcare.webapp.security.StaffAccounts;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactorLogins;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactors;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.Html;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A webmaster manages the back office's accounts at {@code /backoffice/personnel}: adds a
 * colleague (whose first password is shown once), gives one a new password, resets one's
 * second factor after a lost phone, disables and re-enables one who left. Each change
 * ends the colleague's open sessions at their next request; none applies to the
 * webmaster's own account; editors see none of it.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class StaffAdministrationTest {

    private static final String STAFF = "/backoffice/personnel";

    /** Each test that fails logins does so from an address of its own. */
    private static final AtomicInteger addresses = new AtomicInteger();

    private final MockMvc mvc;

    private final TestStaff staff;

    private final StaffAccounts accounts;

    private final SecondFactors factors;

    @Autowired
    StaffAdministrationTest(MockMvc mvc, ApplicationContext context, StaffAccounts accounts, SecondFactors factors) {
        this.mvc = mvc;
        this.staff = new TestStaff(context);
        this.accounts = accounts;
        this.factors = factors;
    }

    @Test
    void listShouldShowEveryAccountWithItsRoleStatusAndSecondFactorAndSayWhichIsYours() throws Exception {
        TestStaff.Account webmaster = this.staff.webmaster();
        TestStaff.Account editor = this.staff.editor();
        TestStaff.Account newcomer = this.staff.notEnrolled();
        MockHttpSession session = TestStaff.logIn(this.mvc, webmaster);

        String list = page(get(STAFF), session);

        assertThat(list).contains("<h1>Personnel du back-office</h1>", "<caption>Comptes du back-office</caption>",
                "href=\"/backoffice/personnel/nouveau\">Ajouter un compte</a>",
                "Vous êtes Webmestre (" + webmaster.username() + ").", "aria-current=\"page\">Personnel</a>");
        assertThat(Html.text(row(list, webmaster.username())))
            .isEqualTo("Webmestre (vous) " + webmaster.username() + " Webmestre actif activée 10");
        assertThat(Html.text(row(list, editor.username())))
            .isEqualTo("Rédaction " + editor.username() + " Rédaction actif activée 10");
        assertThat(Html.text(row(list, newcomer.username()))).isEqualTo("Webmestre " + newcomer.username()
                + " Webmestre actif pas encore activée : à la prochaine connexion aucun pour l’instant");
        assertThat(list).containsOnlyOnce("(vous)");
    }

    @Test
    void editorShouldNeitherSeeNorUseTheStaffPages() throws Exception {
        TestStaff.Account colleague = this.staff.webmaster();
        MockHttpSession editor = this.staff.editorSession(this.mvc);

        MockHttpServletResponse list = perform(get(STAFF), editor);
        MockHttpServletResponse disable = perform(post(STAFF + "/" + colleague.username() + "/desactiver").with(csrf()),
                editor);
        MockHttpServletResponse create = perform(post(STAFF + "/nouveau").with(csrf())
            .param("username", "intrus-" + suffix())
            .param("displayName", "Intrus")
            .param("role", "WEBMASTER"), editor);
        MockHttpServletResponse anonymous = this.mvc.perform(get(STAFF)).andReturn().getResponse();

        assertThat(list.getStatus()).isEqualTo(403);
        assertThat(disable.getStatus()).isEqualTo(403);
        assertThat(create.getStatus()).isEqualTo(403);
        assertThat(this.accounts.find(colleague.username())).get().extracting(StaffAccount::active).isEqualTo(true);
        assertThat(page(get("/backoffice"), editor)).doesNotContain("href=\"/backoffice/personnel\"");
        assertThat(anonymous.getRedirectedUrl()).endsWith(SecurityConfiguration.BACKOFFICE_LOGIN);
    }

    @Test
    void newAccountShouldShowItsPasswordOnceAndThatPasswordShouldLeadToPairingAnAuthenticator(CapturedOutput output)
            throws Exception {
        MockHttpSession session = this.staff.webmasterSession(this.mvc);
        String username = "marie.dupont-" + suffix();

        assertThat(page(get(STAFF + "/nouveau"), session)).contains("<h1>Ajouter un compte</h1>",
                "<label for=\"f-username\">Nom d’utilisateur</label>", "<legend>Rôle</legend>");
        MvcResult created = this.mvc
            .perform(post(STAFF + "/nouveau").session(session)
                .with(csrf())
                .param("username", "  " + username.toUpperCase() + " ")
                .param("displayName", "Marie Dupont")
                .param("role", "EDITOR"))
            .andReturn();
        String password = (String) created.getFlashMap().get("newPassword");
        String shown = page(get(created.getResponse().getRedirectedUrl()), session);
        String shownAgain = page(get(STAFF + "/" + username), session);
        MvcResult login = this.mvc
            .perform(formLogin(SecurityConfiguration.BACKOFFICE_LOGIN).user(username).password(password))
            .andReturn();

        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo(STAFF + "/" + username);
        assertThat(password).matches("[a-z2-9]{4}(-[a-z2-9]{4}){4}");
        assertThat(Html.text(shown)).contains("Compte de Marie Dupont ajouté.",
                "Mot de passe provisoire de Marie Dupont", password, "Il ne sera plus affiché",
                "en main propre ou par téléphone", "Son nom d’utilisateur est " + username,
                "remplacer ce mot de passe par le sien dans Sécurité du compte", "Rédaction", "pas encore activée");
        assertThat(shownAgain).contains("<h1>Marie Dupont</h1>").doesNotContain(password);
        assertThat(this.accounts.find(username)).get().satisfies((account) -> {
            assertThat(account.role()).isEqualTo("EDITOR");
            assertThat(account.passwordHash()).startsWith("{argon2}").doesNotContain(password);
        });
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorLogins.ENROLMENT_PAGE);
        assertThat(output).contains("Staff account '" + username + "' created with role 'EDITOR' by '")
            .doesNotContain(password);
    }

    @Test
    void newAccountWithBadInputShouldAnswer422InFrenchKeepingWhatWasTyped() throws Exception {
        TestStaff.Account colleague = this.staff.editor();
        MockHttpSession session = this.staff.webmasterSession(this.mvc);

        MockHttpServletResponse malformed = create(session, "Marie Dupont!", "Marie <Dupont>", "");
        MockHttpServletResponse taken = create(session, colleague.username().toUpperCase(), "Homonyme", "EDITOR");
        MockHttpServletResponse reserved = create(session, "nouveau", "Nouveau", "WEBMASTER");
        MockHttpServletResponse empty = create(session, "", "", "ADMIN");

        assertThat(malformed.getStatus()).isEqualTo(422);
        assertThat(Html.errorSummary(malformed.getContentAsString(StandardCharsets.UTF_8))).containsExactly(
                "#f-username: Le nom d’utilisateur doit compter de 3 à 40 caractères : lettres minuscules sans accent, "
                        + "chiffres, points et tirets, par exemple marie.dupont.",
                "#f-role: Choisissez le rôle du compte.");
        assertThat(Html.inputValue(malformed.getContentAsString(StandardCharsets.UTF_8), "username"))
            .hasValue("Marie Dupont!");
        assertThat(Html.inputValue(malformed.getContentAsString(StandardCharsets.UTF_8), "displayName"))
            .hasValue("Marie &lt;Dupont&gt;");
        assertThat(taken.getStatus()).isEqualTo(422);
        assertThat(Html.fieldError(taken.getContentAsString(StandardCharsets.UTF_8), "f-username")).get()
            .asString()
            .startsWith("Le nom d’utilisateur « " + colleague.username() + " » est déjà pris par un autre compte.");
        assertThat(taken.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"EDITOR\" checked");
        assertThat(Html.fieldError(reserved.getContentAsString(StandardCharsets.UTF_8), "f-username"))
            .hasValue("Ce nom est réservé par le back-office. Choisissez-en un autre.");
        assertThat(Html.errorSummary(empty.getContentAsString(StandardCharsets.UTF_8))).containsExactly(
                "#f-username: Saisissez un nom d’utilisateur.",
                "#f-displayName: Saisissez le nom affiché, par exemple Marie Dupont.",
                "#f-role: Choisissez le rôle du compte.");
        assertThat(this.accounts.find("nouveau")).isEmpty();
        assertThat(this.accounts.find(colleague.username())).get()
            .extracting(StaffAccount::displayName)
            .isEqualTo("Rédaction");
    }

    @Test
    void secondFactorResetShouldAskToCheckWhoAsksThenEndTheColleaguesSessionsAndPairAtTheirNextLogin(
            CapturedOutput output) throws Exception {
        TestStaff.Account colleague = this.staff.editor();
        MockHttpSession colleagueSession = TestStaff.logIn(this.mvc, colleague);
        TestStaff.Account webmaster = this.staff.webmaster();
        MockHttpSession session = TestStaff.logIn(this.mvc, webmaster);
        String account = STAFF + "/" + colleague.username();

        String confirmation = page(get(account + "/double-authentification"), session);
        MvcResult reset = this.mvc.perform(post(account + "/double-authentification").session(session).with(csrf()))
            .andReturn();
        String after = page(get(account), session);
        MockHttpServletResponse colleagueNext = perform(get("/backoffice/pages"), colleagueSession);
        String loginPage = page(get(colleagueNext.getRedirectedUrl()), new MockHttpSession());
        MvcResult login = this.mvc
            .perform(formLogin(SecurityConfiguration.BACKOFFICE_LOGIN).user(colleague.username())
                .password(colleague.password()))
            .andReturn();

        assertThat(Html.text(confirmation)).contains("Réinitialiser la double authentification de Rédaction",
                "Vérifiez d’abord qui demande", "rappelez-la au numéro que vous lui connaissez");
        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo(account);
        assertThat(Html.text(after)).contains("Double authentification de Rédaction réinitialisée",
                "Ses sessions ouvertes ont été fermées", "pas encore activée");
        assertThat(this.factors.enrolled(colleague.username())).isFalse();
        assertThat(colleagueNext.getRedirectedUrl()).isEqualTo("/backoffice/connexion?session-terminee");
        assertThat(loginPage).contains("Votre session a pris fin");
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorLogins.ENROLMENT_PAGE);
        assertThat(output).contains(
                "Staff account '" + colleague.username() + "' second factor reset by '" + webmaster.username() + "'");
    }

    @Test
    void ownAccountShouldNeitherBeResetNorGivenAPasswordNorDisabledThisWay() throws Exception {
        TestStaff.Account webmaster = this.staff.webmaster();
        MockHttpSession session = TestStaff.logIn(this.mvc, webmaster);
        String own = STAFF + "/" + webmaster.username();
        String hash = this.accounts.find(webmaster.username()).orElseThrow().passwordHash();

        String page = page(get(own), session);
        MockHttpServletResponse confirmation = perform(get(own + "/double-authentification"), session);
        MockHttpServletResponse reset = perform(post(own + "/double-authentification").with(csrf()), session);
        MockHttpServletResponse password = perform(post(own + "/mot-de-passe").with(csrf()), session);
        MockHttpServletResponse disable = perform(post(own + "/desactiver").with(csrf()), session);

        assertThat(page).contains("C’est votre compte", "href=\"/backoffice/securite\"")
            .doesNotContain("/desactiver", "/double-authentification\"", "Donner un nouveau mot de passe");
        for (MockHttpServletResponse refused : new MockHttpServletResponse[] { confirmation, reset, password,
                disable }) {
            assertThat(refused.getStatus()).isEqualTo(409);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("role=\"alert\"",
                    "Vous ne pouvez pas faire cela sur votre propre compte : demandez-le à un autre webmestre.");
        }
        assertThat(this.factors.enrolled(webmaster.username())).isTrue();
        assertThat(perform(get("/backoffice"), session).getStatus()).as("own session still open").isEqualTo(200);
        assertThat(this.accounts.find(webmaster.username())).get()
            .extracting(StaffAccount::active, StaffAccount::passwordHash)
            .containsExactly(true, hash);
    }

    @Test
    void disabledAccountShouldBeLoggedOutAtItsNextRequestAndRefusedAtLoginUntilReEnabled(CapturedOutput output)
            throws Exception {
        TestStaff.Account colleague = this.staff.webmaster();
        MockHttpSession colleagueSession = TestStaff.logIn(this.mvc, colleague);
        MockHttpSession colleagueScript = TestStaff.logIn(this.mvc, colleague);
        TestStaff.Account webmaster = this.staff.webmaster();
        MockHttpSession session = TestStaff.logIn(this.mvc, webmaster);
        String account = STAFF + "/" + colleague.username();
        RequestPostProcessor address = fromNewAddress();

        MvcResult disabled = this.mvc.perform(post(account + "/desactiver").session(session).with(csrf())).andReturn();
        String after = page(get(account), session);
        MockHttpServletResponse colleagueNext = perform(get("/backoffice/taches"), colleagueSession);
        MockHttpServletResponse colleagueApi = perform(get("/.rest/childcare/v1/tasks"), colleagueScript);
        String endedPage = page(get(colleagueNext.getRedirectedUrl()), new MockHttpSession());
        String rightPassword = loginPage(colleague.username(), colleague.password(), address);
        String wrongPassword = loginPage(colleague.username(), "pas le bon mot de passe", address);
        MockHttpServletResponse again = perform(post(account + "/desactiver").with(csrf()), session);

        assertThat(disabled.getResponse().getRedirectedUrl()).isEqualTo(account);
        assertThat(Html.text(after)).contains("Compte de Webmestre désactivé : il ne peut plus se connecter",
                "désactivé", "Réactiver le compte");
        assertThat(colleagueNext.getRedirectedUrl()).isEqualTo("/backoffice/connexion?compte-desactive");
        assertThat(endedPage).contains("Ce compte est désactivé. Adressez-vous à un webmestre.");
        assertThat(colleagueApi.getStatus()).as("the API, with the back-office session").isEqualTo(403);
        assertThat(colleagueApi.getContentAsString(StandardCharsets.UTF_8)).contains("account-inactive");
        assertThat(rightPassword).contains("Ce compte est désactivé. Adressez-vous à un webmestre.");
        assertThat(wrongPassword).contains("Nom d’utilisateur ou mot de passe incorrect").doesNotContain("désactivé");
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("Ce compte est déjà désactivé");
        assertThat(output)
            .contains("Staff account '" + colleague.username() + "' disabled by '" + webmaster.username() + "'");

        MvcResult enabled = this.mvc.perform(post(account + "/reactiver").session(session).with(csrf())).andReturn();
        MvcResult login = login(colleague.username(), colleague.password(), address);

        assertThat((String) enabled.getFlashMap().get("notice"))
            .isEqualTo("Compte de Webmestre réactivé : il peut de nouveau se connecter.");
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorLogins.CODE_PAGE);
        assertThat(perform(get("/backoffice"), colleagueSession).getRedirectedUrl()).as("the old session stays ended")
            .endsWith(SecurityConfiguration.BACKOFFICE_LOGIN);
    }

    @Test
    void newPasswordForAColleagueShouldReplaceTheirsOnceShownAndEndTheirSessions(CapturedOutput output)
            throws Exception {
        TestStaff.Account colleague = this.staff.editor();
        MockHttpSession colleagueSession = TestStaff.logIn(this.mvc, colleague);
        MockHttpSession session = this.staff.webmasterSession(this.mvc);
        String account = STAFF + "/" + colleague.username();
        RequestPostProcessor address = fromNewAddress();

        String confirmation = page(get(account + "/mot-de-passe"), session);
        MvcResult given = this.mvc.perform(post(account + "/mot-de-passe").session(session).with(csrf())).andReturn();
        String password = (String) given.getFlashMap().get("newPassword");
        String shown = page(get(account), session);
        MvcResult oldPassword = login(colleague.username(), colleague.password(), address);
        MvcResult newPassword = this.mvc
            .perform(formLogin(SecurityConfiguration.BACKOFFICE_LOGIN).user(colleague.username()).password(password))
            .andReturn();

        assertThat(Html.text(confirmation)).contains("Nouveau mot de passe pour Rédaction",
                "Vérifiez d’abord qui demande");
        assertThat(Html.text(shown)).contains("Nouveau mot de passe donné à Rédaction", password,
                "Il ne sera plus affiché");
        assertThat(oldPassword.getResponse().getRedirectedUrl()).isEqualTo(SecurityConfiguration.BACKOFFICE_LOGIN);
        assertThat(newPassword.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorLogins.CODE_PAGE);
        assertThat(perform(get("/backoffice"), colleagueSession).getRedirectedUrl())
            .isEqualTo("/backoffice/connexion?session-terminee");
        assertThat(output).contains("Staff account '" + colleague.username() + "' given a new password by '")
            .doesNotContain(password);
    }

    @Test
    void unknownAccountShouldAnswer404AndFormsWithoutTheirTokenShouldBeRefused() throws Exception {
        TestStaff.Account colleague = this.staff.editor();
        MockHttpSession session = this.staff.webmasterSession(this.mvc);
        String nobody = STAFF + "/personne-" + suffix();

        assertThat(perform(get(nobody), session).getStatus()).isEqualTo(404);
        assertThat(perform(get(nobody + "/double-authentification"), session).getStatus()).isEqualTo(404);
        assertThat(perform(post(nobody + "/desactiver").with(csrf()), session).getStatus()).isEqualTo(404);
        assertThat(perform(post(nobody + "/mot-de-passe").with(csrf()), session).getStatus()).isEqualTo(404);
        assertThat(perform(post(STAFF + "/" + colleague.username() + "/desactiver"), session).getStatus())
            .isEqualTo(403);
        assertThat(perform(post(STAFF + "/nouveau").param("username", "sans-jeton-" + suffix())
            .param("displayName", "Sans jeton")
            .param("role", "EDITOR"), session).getStatus()).isEqualTo(403);
        assertThat(this.accounts.find(colleague.username())).get().extracting(StaffAccount::active).isEqualTo(true);
    }

    private MockHttpServletResponse create(MockHttpSession session, String username, String displayName, String role)
            throws Exception {
        return perform(post(STAFF + "/nouveau").with(csrf())
            .param("username", username)
            .param("displayName", displayName)
            .param("role", role), session);
    }

    /** The login page as shown after a login with these credentials. */
    private String loginPage(String username, String password, RequestPostProcessor address) throws Exception {
        MvcResult failed = login(username, password, address);
        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo(SecurityConfiguration.BACKOFFICE_LOGIN);
        return page(get(SecurityConfiguration.BACKOFFICE_LOGIN), (MockHttpSession) failed.getRequest().getSession());
    }

    /** The table row of the account, from its opening tag to its closing one. */
    private static String row(String list, String username) {
        int link = list.indexOf("href=\"/backoffice/personnel/" + username + "\"");
        assertThat(link).as("row of " + username).isPositive();
        int start = list.lastIndexOf("<tr>", link);
        return list.substring(start, list.indexOf("</tr>", link));
    }

    /** The staff login form sent from {@code address}. */
    private MvcResult login(String username, String password, RequestPostProcessor address) throws Exception {
        return this.mvc
            .perform(post(SecurityConfiguration.BACKOFFICE_LOGIN).with(csrf())
                .with(address)
                .param("username", username)
                .param("password", password))
            .andReturn();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return this.mvc.perform(request.session(session)).andReturn().getResponse();
    }

    private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = perform(request, session);
        assertThat(response.getStatus()).as("status of " + request).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestPostProcessor fromNewAddress() {
        String address = "192.0.2." + addresses.incrementAndGet();
        return (request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

}
