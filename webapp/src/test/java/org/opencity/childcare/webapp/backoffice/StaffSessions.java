package org.opencity.childcare.webapp.backoffice;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.opencity.childcare.webapp.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Logs staff and members in through the real login forms and keeps their sessions, so
 * that every request carries a real principal. Each instance has its own webmaster and
 * editor accounts, enrolled in the second factor.
 */
final class StaffSessions {

    private final MockMvc mvc;

    private final TestStaff staff;

    private TestStaff.@Nullable Account webmaster;

    private TestStaff.@Nullable Account editor;

    StaffSessions(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.staff = new TestStaff(context);
    }

    MockHttpSession webmaster() throws Exception {
        return TestStaff.logIn(this.mvc, webmasterAccount());
    }

    MockHttpSession editor() throws Exception {
        if (this.editor == null) {
            this.editor = this.staff.editor();
        }
        return TestStaff.logIn(this.mvc, this.editor);
    }

    /** How decisions made in the webmaster's sessions are signed. */
    String webmasterSignature() {
        return webmasterAccount().signature();
    }

    private TestStaff.Account webmasterAccount() {
        if (this.webmaster == null) {
            this.webmaster = this.staff.webmaster();
        }
        return this.webmaster;
    }

    /** A member logged in on the public section with their identifier. */
    MockHttpSession member(String identifier, String password) throws Exception {
        MvcResult result = this.mvc
            .perform(formLogin("/services-en-ligne/garde-d-enfant/connexion").userParameter("login")
                .user(identifier)
                .password(password))
            .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/mon-compte");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

}
