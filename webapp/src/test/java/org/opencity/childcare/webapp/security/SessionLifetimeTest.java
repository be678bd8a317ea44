package org.opencity.childcare.webapp.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockServletContext;

import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.webapp.config.ChildcareProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session ends after its absolute lifetime however busy it is, and the session cookie
 * is locked to HTTPS and to this host when the service is served over HTTPS.
 */
class SessionLifetimeTest {

    private static final Duration LIFETIME = Duration.ofHours(12);

    @Test
    void filterWhenSessionOlderThanItsLifetimeShouldEndItAndLetTheRequestThroughAnonymous() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MutableClock clock = new MutableClock(Instant.ofEpochMilli(session.getCreationTime()));
        SessionLifetimeFilter filter = new SessionLifetimeFilter(LIFETIME, clock);

        clock.advance(LIFETIME.minusMinutes(1));
        filter.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).as("a session younger than its lifetime").isFalse();

        clock.advance(Duration.ofMinutes(2));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request(session), response, chain);
        assertThat(session.isInvalid()).as("a session past its lifetime").isTrue();
        assertThat(chain.getRequest()).as("the request still goes on").isNotNull();
        assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_OK);
    }

    @Test
    void secureCookieWhenServedOverHttpsShouldUseTheHostPrefix() throws Exception {
        MockServletContext overHttps = new MockServletContext();
        new SessionConfiguration().secureSessionCookie(properties("https://garde.ville.example")).onStartup(overHttps);
        assertThat(overHttps.getSessionCookieConfig().isSecure()).isTrue();
        assertThat(overHttps.getSessionCookieConfig().getName()).isEqualTo("__Host-JSESSIONID");

        MockServletContext local = new MockServletContext();
        new SessionConfiguration().secureSessionCookie(properties("http://localhost:8080")).onStartup(local);
        assertThat(local.getSessionCookieConfig().isSecure()).as("plain HTTP for local runs").isFalse();
    }

    private static MockHttpServletRequest request(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/services-en-ligne/garde-d-enfant");
        request.setSession(session);
        return request;
    }

    private static ChildcareProperties properties(String publicUrl) {
        return new ChildcareProperties("./data", publicUrl, null, null, null, null, "./light-modules");
    }

}
