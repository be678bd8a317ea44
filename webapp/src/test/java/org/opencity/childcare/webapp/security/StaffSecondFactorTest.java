package org.opencity.childcare.webapp.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opencity.childcare.webapp.security.secondfactor.SecondFactorLogins;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactors;
import org.opencity.childcare.webapp.security.secondfactor.Totp;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Staff logins take a password and a code from an authenticator application: the first
 * login pairs the application and hands out recovery codes; a code works once; wrong
 * codes are throttled as wrong passwords are; a recovery code replaces the phone once.
 */
@ApplicationTest
class StaffSecondFactorTest {

    private static final Pattern SECRET = Pattern.compile("<p class=\"secret\"><code>([A-Z2-7 ]+)</code>");

    /** Each test that types wrong codes does so from an address of its own. */
    private static final AtomicInteger addresses = new AtomicInteger();

    private final MockMvc mvc;

    private final TestStaff staff;

    private final SecondFactors factors;

    @Autowired
    StaffSecondFactorTest(MockMvc mvc, ApplicationContext context, SecondFactors factors) {
        this.mvc = mvc;
        this.staff = new TestStaff(context);
        this.factors = factors;
    }

    @Test
    void passwordAloneShouldOpenNothingButTheCodePage() throws Exception {
        TestStaff.Account webmaster = this.staff.webmaster();
        MockHttpSession session = password(webmaster);

        MvcResult inbox = this.mvc.perform(get("/backoffice/taches").session(session)).andReturn();
        String codePage = page(get(SecondFactorLogins.CODE_PAGE), session);
        String sessionId = session.getId();
        MvcResult code = this.mvc
            .perform(post(SecondFactorLogins.CODE_PAGE).session(session)
                .with(csrf())
                .param("code", TestStaff.nextCode(webmaster)))
            .andReturn();

        assertThat(inbox.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorLogins.CODE_PAGE);
        assertThat(codePage).contains("Code de vérification", "autocomplete=\"one-time-code\"")
            .doesNotContain("Demandes à traiter", "Connecté :");
        assertThat(code.getResponse().getRedirectedUrl()).isEqualTo("/backoffice");
        assertThat(session.getId()).as("session id after the code").isNotEqualTo(sessionId);
        assertThat(this.mvc.perform(get("/backoffice/taches").session(session)).andReturn().getResponse().getStatus())
            .isEqualTo(200);
    }

    @Test
    void codeShouldWorkForOneLoginOnly() throws Exception {
        TestStaff.Account webmaster = this.staff.webmaster();
        String code = TestStaff.nextCode(webmaster);
        MvcResult first = code(password(webmaster), code);

        MockHttpSession second = password(webmaster);
        MvcResult replayed = code(second, code);

        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/backoffice");
        assertThat(replayed.getResponse().getStatus()).isEqualTo(200);
        assertThat(replayed.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Ce code a déjà servi",
                "href=\"#f-code\"");
        assertThat(this.mvc.perform(get("/backoffice").session(second)).andReturn().getResponse().getRedirectedUrl())
            .isEqualTo(SecondFactorLogins.CODE_PAGE);
    }

    @Test
    void wrongCodesShouldBeThrottledLikeWrongPasswords() throws Exception {
        TestStaff.Account webmaster = this.staff.webmaster();
        MockHttpSession session = password(webmaster);
        RequestPostProcessor address = from("10.8.0." + addresses.incrementAndGet());

        String wrong = "";
        for (int attempt = 0; attempt < 5; attempt++) {
            wrong = this.mvc
                .perform(post(SecondFactorLogins.CODE_PAGE).session(session)
                    .with(csrf())
                    .with(address)
                    .param("code", "000000"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        }
        MvcResult right = this.mvc
            .perform(post(SecondFactorLogins.CODE_PAGE).session(session)
                .with(csrf())
                .with(address)
                .param("code", TestStaff.nextCode(webmaster)))
            .andReturn();

        assertThat(wrong).contains("Code incorrect ou expiré", "aria-invalid=\"true\"");
        assertThat(right.getResponse().getStatus()).isEqualTo(200);
        assertThat(right.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Trop de tentatives");
    }

    @Test
    void firstLoginShouldPairTheApplicationAndHandOutRecoveryCodesThatWorkOnce() throws Exception {
        TestStaff.Account newcomer = this.staff.notEnrolled();
        MockHttpSession session = password(newcomer);
        assertThat(this.mvc.perform(get("/backoffice").session(session)).andReturn().getResponse().getRedirectedUrl())
            .isEqualTo(SecondFactorLogins.CODE_PAGE);
        MvcResult toEnrolment = this.mvc.perform(get(SecondFactorLogins.CODE_PAGE).session(session)).andReturn();
        String enrolment = page(get(SecondFactorLogins.ENROLMENT_PAGE), session);
        Matcher shown = SECRET.matcher(enrolment);
        assertThat(shown.find()).as("secret on the enrolment page").isTrue();
        String secret = shown.group(1).replace(" ", "");

        String wrong = this.mvc
            .perform(post(SecondFactorLogins.ENROLMENT_PAGE).session(session).with(csrf()).param("code", "123 456"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        MvcResult enrolled = this.mvc
            .perform(post(SecondFactorLogins.ENROLMENT_PAGE).session(session)
                .with(csrf())
                .param("code", Totp.code(secret, Instant.now())))
            .andReturn();
        @SuppressWarnings("unchecked")
        List<String> recoveryCodes = (List<String>) enrolled.getFlashMap().get("recoveryCodes");

        assertThat(toEnrolment.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorLogins.ENROLMENT_PAGE);
        assertThat(enrolment).contains("<svg", "class=\"qr-code\"", "role=\"img\"",
                "aria-label=\"QR code à scanner avec votre application d’authentification\"");
        assertThat(wrong).contains("Code incorrect. Vérifiez que vous avez ajouté la clé").contains(shown.group(1));
        assertThat(enrolled.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/securite");
        assertThat(recoveryCodes).hasSize(10);
        assertThat(page(get("/backoffice/securite"), session)).contains("Vos codes de secours", recoveryCodes.get(0),
                recoveryCodes.get(9));
        assertThat(page(get("/backoffice/securite"), session)).contains("Il vous reste 10 codes de secours")
            .doesNotContain(recoveryCodes.get(0));

        MvcResult withRecoveryCode = code(password(newcomer), recoveryCodes.get(0).toUpperCase());
        MvcResult reused = code(password(newcomer), recoveryCodes.get(0));

        assertThat(withRecoveryCode.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/securite");
        assertThat((String) withRecoveryCode.getFlashMap().get("notice")).contains("Il vous en reste 9.");
        assertThat(reused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Code incorrect");
    }

    @Test
    void newRecoveryCodesShouldNeedACurrentCodeAndRetireTheOldOnes() throws Exception {
        TestStaff.Account newcomer = this.staff.notEnrolled();
        MockHttpSession session = password(newcomer);
        String secret = secretShown(session);
        MvcResult enrolled = this.mvc
            .perform(post(SecondFactorLogins.ENROLMENT_PAGE).session(session)
                .with(csrf())
                .param("code", Totp.code(secret, Instant.now())))
            .andReturn();
        @SuppressWarnings("unchecked")
        List<String> old = (List<String>) enrolled.getFlashMap().get("recoveryCodes");

        MvcResult withRecoveryCode = this.mvc.perform(
                post("/backoffice/securite/codes-de-secours").session(session).with(csrf()).param("code", old.get(1)))
            .andReturn();
        MvcResult renewed = this.mvc
            .perform(post("/backoffice/securite/codes-de-secours").session(session)
                .with(csrf())
                .param("code", Totp.code(secret, Instant.now().plusSeconds(30))))
            .andReturn();
        @SuppressWarnings("unchecked")
        List<String> fresh = (List<String>) renewed.getFlashMap().get("recoveryCodes");

        assertThat(withRecoveryCode.getResponse().getContentAsString(StandardCharsets.UTF_8))
            .contains("un code de secours ne convient pas ici");
        assertThat(renewed.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/securite");
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(old);
        assertThat(code(password(newcomer), old.get(2)).getResponse().getContentAsString(StandardCharsets.UTF_8))
            .contains("Code incorrect");
    }

    @Test
    void operatorResetShouldMakeTheNextLoginPairANewPhone() throws Exception {
        TestStaff.Account webmaster = this.staff.webmaster();

        boolean reset = this.factors.reset(webmaster.username());
        MvcResult password = this.mvc
            .perform(formLogin(SecurityConfiguration.BACKOFFICE_LOGIN).user(webmaster.username())
                .password(webmaster.password()))
            .andReturn();

        assertThat(reset).isTrue();
        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorLogins.ENROLMENT_PAGE);
        assertThat(this.factors.reset(webmaster.username())).as("a second reset").isFalse();
    }

    @Test
    void codeStepShouldLeadWhereTheStaffMemberWasGoing() throws Exception {
        TestStaff.Account webmaster = this.staff.webmaster();
        MvcResult refused = this.mvc.perform(get("/backoffice/annonces")).andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession();
        MvcResult password = this.mvc
            .perform(formLogin(SecurityConfiguration.BACKOFFICE_LOGIN).user(webmaster.username())
                .password(webmaster.password()))
            .andReturn();
        // The form login above runs in a session of its own: log in again in this one.
        this.mvc
            .perform(post(SecurityConfiguration.BACKOFFICE_LOGIN).session(session)
                .with(csrf())
                .param("username", webmaster.username())
                .param("password", webmaster.password()))
            .andReturn();

        MvcResult code = code(session, TestStaff.nextCode(webmaster));

        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorLogins.CODE_PAGE);
        assertThat(code.getResponse().getRedirectedUrl()).startsWith("http://localhost/backoffice/annonces");
    }

    private MockHttpSession password(TestStaff.Account account) throws Exception {
        MvcResult result = this.mvc
            .perform(formLogin(SecurityConfiguration.BACKOFFICE_LOGIN).user(account.username())
                .password(account.password()))
            .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isIn(SecondFactorLogins.CODE_PAGE,
                SecondFactorLogins.ENROLMENT_PAGE);
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MvcResult code(MockHttpSession session, String code) throws Exception {
        return this.mvc.perform(post(SecondFactorLogins.CODE_PAGE).session(session).with(csrf()).param("code", code))
            .andReturn();
    }

    private String secretShown(MockHttpSession session) throws Exception {
        Matcher shown = SECRET.matcher(page(get(SecondFactorLogins.ENROLMENT_PAGE), session));
        assertThat(shown.find()).as("secret on the enrolment page").isTrue();
        return shown.group(1).replace(" ", "");
    }

    private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return this.mvc.perform(request.session(session))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor from(String address) {
        return (request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

}
