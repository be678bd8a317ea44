package org.opencity.childcare.webapp.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.opencity.childcare.webapp.security.secondfactor.SecondFactorLogins;
import org.opencity.childcare.webapp.support.ApplicationTest;
import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The operator's way out when no webmaster can give a forgotten password back (the only
 * webmaster forgot theirs): {@code childcare.staff.reset-password} at start gives the
 * account a new password, once in the log, which its next login must replace.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class StaffPasswordResetsTest {

    private final MockMvc mvc;

    private final TestStaff staff;

    private final StaffAccounts accounts;

    private final StaffPasswords passwords;

    @Autowired
    StaffPasswordResetsTest(MockMvc mvc, ApplicationContext context, StaffAccounts accounts, StaffPasswords passwords) {
        this.mvc = mvc;
        this.staff = new TestStaff(context);
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Test
    void namedAccountShouldGetANewPasswordOnceInTheLogThatItsNextLoginMustReplace(CapturedOutput output)
            throws Exception {
        TestStaff.Account webmaster = this.staff.webmaster();
        MockHttpSession before = TestStaff.logIn(this.mvc, webmaster);
        String unknown = "personne-" + webmaster.username();

        new StaffPasswordResets(this.accounts, this.passwords, List.of(" " + webmaster.username() + " ", unknown, ""))
            .run(new DefaultApplicationArguments());

        Matcher logged = Pattern
            .compile("Staff account '" + Pattern.quote(webmaster.username()) + "' given the new password '([^']+)'")
            .matcher(output.getOut());
        assertThat(logged.find()).as("the new password, once in the log").isTrue();
        String password = logged.group(1);
        assertThat(output.getOut())
            .contains("Password reset asked for '" + unknown + "', which is not a staff account");
        assertThat(this.mvc.perform(get("/backoffice").session(before)).andReturn().getResponse().getRedirectedUrl())
            .as("the sessions opened with the old password end")
            .isEqualTo("/backoffice/connexion?session-terminee");
        assertThat(login(webmaster.username(), webmaster.password()).getResponse().getRedirectedUrl())
            .as("the old password no longer works")
            .isEqualTo(SecurityConfiguration.BACKOFFICE_LOGIN);
        assertThat(login(webmaster.username(), password).getResponse().getRedirectedUrl())
            .isEqualTo(SecondFactorLogins.CODE_PAGE);
        assertThat(this.accounts.find(webmaster.username())).get()
            .extracting(StaffAccount::provisionalPassword)
            .as("to be replaced at the next login")
            .isEqualTo(true);
    }

    private MvcResult login(String username, String password) throws Exception {
        return this.mvc.perform(formLogin(SecurityConfiguration.BACKOFFICE_LOGIN).user(username).password(password))
            .andReturn();
    }

}
