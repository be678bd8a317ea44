package org.opencity.childcare.webapp.backoffice;

import java.nio.charset.StandardCharsets;
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
import org.opencity.childcare.webapp.security.secondfactor.SecondFactorLogins;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.Html;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A staff member replaces the password they were given with their own on
 * {@code /backoffice/securite}, typing the current one again: the members' rules judge
 * the new one, a wrong current one counts as a failed login, and the change ends their
 * other sessions while this one continues.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class StaffPasswordChangeTest {

    private static final String SECURITY = "/backoffice/securite";

    private static final String CHANGE = SECURITY + "/mot-de-passe";

    private static final String NEW_PASSWORD = "lanterne bleue sur le quai du marché";

    private static final String WRONG_PASSWORD = "pas du tout le bon mot de passe";

    /** Each test that types passwords does so from an address of its own. */
    private static final AtomicInteger addresses = new AtomicInteger();

    private final MockMvc mvc;

    private final TestStaff staff;

    @Autowired
    StaffPasswordChangeTest(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.staff = new TestStaff(context);
    }

    @Test
    void securityPageShouldOfferThePasswordFormToEditorsAndWebmasters() throws Exception {
        String editor = page(get(SECURITY), this.staff.editorSession(this.mvc));
        String webmaster = page(get(SECURITY), this.staff.webmasterSession(this.mvc));

        for (String page : new String[] { editor, webmaster }) {
            assertThat(page).contains("<h2 id=\"password-title\">Changer mon mot de passe</h2>",
                    "<label for=\"f-currentPassword\">Mot de passe actuel</label>",
                    "<label for=\"f-newPassword\">Nouveau mot de passe</label>",
                    "Au moins 12 caractères, sans obligation de chiffre", "autocomplete=\"current-password\"",
                    "autocomplete=\"new-password\"", "action=\"/backoffice/securite/mot-de-passe\"");
        }
    }

    @Test
    void newPasswordShouldKeepThisSessionUnderANewIdEndTheOthersAndBeTheOnlyOneThatLogsIn(CapturedOutput output)
            throws Exception {
        TestStaff.Account editor = this.staff.editor();
        MockHttpSession phone = TestStaff.logIn(this.mvc, editor);
        MockHttpSession session = TestStaff.logIn(this.mvc, editor);
        String before = session.getId();
        RequestPostProcessor address = fromNewAddress();

        MvcResult changed = change(session, editor.password(), NEW_PASSWORD, NEW_PASSWORD, address);
        String security = page(get(SECURITY), session);
        MockHttpServletResponse phoneNext = perform(get("/backoffice/pages"), phone);
        MvcResult oldPassword = login(editor.username(), editor.password(), address);
        MvcResult newPassword = login(editor.username(), NEW_PASSWORD, address);

        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo(SECURITY);
        assertThat(session.getId()).as("new session id").isNotEqualTo(before);
        assertThat(security).contains("role=\"status\"",
                "Votre mot de passe a été modifié. Vos autres sessions ouvertes ont été fermées.");
        assertThat(perform(get("/backoffice/pages"), session).getStatus()).as("this session goes on").isEqualTo(200);
        assertThat(phoneNext.getRedirectedUrl()).as("the other session ended")
            .isEqualTo("/backoffice/connexion?session-terminee");
        assertThat(page(get(phoneNext.getRedirectedUrl()), new MockHttpSession()))
            .contains("Votre session a pris fin : le mot de passe ou la double authentification de votre compte a "
                    + "changé.");
        assertThat(oldPassword.getResponse().getRedirectedUrl()).isEqualTo(SecurityConfiguration.BACKOFFICE_LOGIN);
        assertThat(newPassword.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorLogins.CODE_PAGE);
        assertThat(output).contains("Staff account '" + editor.username() + "' changed its own password")
            .doesNotContain(NEW_PASSWORD)
            .doesNotContain(editor.password());
    }

    @Test
    void wrongCurrentPasswordShouldChangeNothingAndCountAsAFailedLogin() throws Exception {
        TestStaff.Account webmaster = this.staff.webmaster();
        MockHttpSession session = TestStaff.logIn(this.mvc, webmaster);
        RequestPostProcessor guesser = fromNewAddress();

        for (int attempt = 1; attempt <= 5; attempt++) {
            MockHttpServletResponse refused = change(session, WRONG_PASSWORD, NEW_PASSWORD, NEW_PASSWORD, guesser)
                .getResponse();

            assertThat(refused.getStatus()).as("attempt " + attempt).isEqualTo(422);
            assertThat(Html.fieldError(refused.getContentAsString(StandardCharsets.UTF_8), "f-currentPassword"))
                .hasValue("Ce mot de passe n’est pas votre mot de passe actuel. "
                        + "Votre mot de passe n’a pas été modifié.");
        }
        MockHttpServletResponse throttled = change(session, webmaster.password(), NEW_PASSWORD, NEW_PASSWORD, guesser)
            .getResponse();
        MvcResult login = login(webmaster.username(), webmaster.password(), guesser);
        String loginPage = page(get(SecurityConfiguration.BACKOFFICE_LOGIN),
                (MockHttpSession) login.getRequest().getSession());

        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(Html.fieldError(throttled.getContentAsString(StandardCharsets.UTF_8), "f-currentPassword")).get()
            .asString()
            .startsWith("Trop de tentatives ont échoué.");
        assertThat(login.getResponse().getRedirectedUrl()).as("the login form is throttled too")
            .isEqualTo(SecurityConfiguration.BACKOFFICE_LOGIN);
        assertThat(loginPage).contains("Trop de tentatives ont échoué.");
        assertThat(this.mvc
            .perform(formLogin(SecurityConfiguration.BACKOFFICE_LOGIN).user(webmaster.username())
                .password(webmaster.password()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl()).as("the password is unchanged, from another address")
            .isEqualTo(SecondFactorLogins.CODE_PAGE);
    }

    @Test
    void weakOrMistypedNewPasswordShouldBeRefusedWithTheMembersRulesAndNothingTypedShownAgain() throws Exception {
        TestStaff.Account editor = this.staff.editor();
        MockHttpSession session = TestStaff.logIn(this.mvc, editor);
        RequestPostProcessor address = fromNewAddress();

        String tooShort = html(change(session, editor.password(), "soleil2024", "soleil2024", address));
        String common = html(change(session, editor.password(), "motdepasse123456", "motdepasse123456", address));
        String personal = html(change(session, editor.password(), editor.username() + " lanterne bleue",
                editor.username() + " lanterne bleue", address));
        String mistyped = html(change(session, editor.password(), NEW_PASSWORD, NEW_PASSWORD + "!", address));
        String same = html(change(session, editor.password(), editor.password(), editor.password(), address));
        MockHttpServletResponse empty = change(session, "", "", "", address).getResponse();

        assertThat(Html.errorSummary(tooShort)).containsExactly("#f-newPassword: Choisissez au moins 12 caractères. "
                + "Une phrase de plusieurs mots est facile à retenir et difficile à deviner.");
        assertThat(Html.fieldError(common, "f-newPassword")).get()
            .asString()
            .startsWith("Ce mot de passe fait partie des plus répandus");
        assertThat(Html.fieldError(personal, "f-newPassword"))
            .hasValue("Ce mot de passe contient votre nom ou votre nom d’utilisateur, que vos collègues connaissent. "
                    + "Choisissez des mots sans lien avec vous.");
        assertThat(Html.errorSummary(mistyped)).containsExactly("#f-confirmation: Les deux nouveaux mots de passe ne "
                + "sont pas identiques. Saisissez-les à nouveau.");
        assertThat(Html.fieldError(same, "f-newPassword"))
            .hasValue("Choisissez un mot de passe différent de votre mot de passe actuel.");
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(Html.errorSummary(empty.getContentAsString(StandardCharsets.UTF_8)))
            .startsWith("#f-currentPassword: Saisissez votre mot de passe actuel.");
        for (String page : new String[] { tooShort, common, personal, mistyped, same }) {
            assertThat(page).contains("role=\"alert\"")
                .doesNotContain(editor.password(), "soleil2024", "motdepasse123456", NEW_PASSWORD);
        }
        assertThat(this.mvc
            .perform(formLogin(SecurityConfiguration.BACKOFFICE_LOGIN).user(editor.username())
                .password(editor.password()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl()).as("the password is unchanged").isEqualTo(SecondFactorLogins.CODE_PAGE);
    }

    @Test
    void formWithoutItsTokenShouldBeRefusedAndChangeNothing() throws Exception {
        TestStaff.Account editor = this.staff.editor();
        MockHttpSession session = TestStaff.logIn(this.mvc, editor);

        MockHttpServletResponse refused = perform(post(CHANGE).param("currentPassword", editor.password())
            .param("newPassword", NEW_PASSWORD)
            .param("confirmation", NEW_PASSWORD), session);

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(this.mvc
            .perform(formLogin(SecurityConfiguration.BACKOFFICE_LOGIN).user(editor.username())
                .password(editor.password()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl()).isEqualTo(SecondFactorLogins.CODE_PAGE);
    }

    private MvcResult change(MockHttpSession session, String current, String chosen, String confirmation,
            RequestPostProcessor from) throws Exception {
        return this.mvc
            .perform(post(CHANGE).session(session)
                .with(csrf())
                .with(from)
                .param("currentPassword", current)
                .param("newPassword", chosen)
                .param("confirmation", confirmation))
            .andReturn();
    }

    private static String html(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
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

    private static RequestPostProcessor fromNewAddress() {
        String address = "198.18.0." + addresses.incrementAndGet();
        return (request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

}
