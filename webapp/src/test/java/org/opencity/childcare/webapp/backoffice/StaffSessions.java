package org.opencity.childcare.webapp.backoffice;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.opencity.childcare.webapp.support.TestApplicationInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Logs staff and members in through the real login forms and keeps their sessions, so
 * that every request carries a real principal.
 */
final class StaffSessions {

    private final MockMvc mvc;

    StaffSessions(MockMvc mvc) {
        this.mvc = mvc;
    }

    MockHttpSession webmaster() throws Exception {
        return staff(TestApplicationInitializer.WEBMASTER);
    }

    MockHttpSession editor() throws Exception {
        return staff(TestApplicationInitializer.EDITOR);
    }

    private MockHttpSession staff(String username) throws Exception {
        MvcResult result = this.mvc
            .perform(formLogin("/backoffice/connexion").user(username)
                .password(TestApplicationInitializer.STAFF_PASSWORD))
            .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/backoffice");
        return (MockHttpSession) result.getRequest().getSession(false);
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
