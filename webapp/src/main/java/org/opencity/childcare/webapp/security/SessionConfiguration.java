package org.opencity.childcare.webapp.security;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.SessionCookieConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opencity.childcare.webapp.config.ChildcareProperties;

/**
 * How long sessions live, and how their cookie travels. The idle timeout is Boot's
 * {@code server.servlet.session.timeout}; the absolute lifetime is
 * {@code childcare.session.absolute-lifetime}. Served over HTTPS, the session cookie is
 * {@code Secure} and named with the {@code __Host-} prefix, so that no other site or
 * sub-domain can set or read it.
 */
@Configuration(proxyBeanMethods = false)
public class SessionConfiguration {

    /** The session cookie's name when the service is served over HTTPS. */
    public static final String SECURE_COOKIE_NAME = "__Host-JSESSIONID";

    private static final Logger logger = LoggerFactory.getLogger(SessionConfiguration.class);

    /** Runs before Spring Security, so that an ended session is never authenticated. */
    @Bean
    FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(
            @Value("${childcare.session.absolute-lifetime:12h}") Duration lifetime, Clock clock) {
        FilterRegistrationBean<SessionLifetimeFilter> registration = new FilterRegistrationBean<>(
                new SessionLifetimeFilter(lifetime, clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    ServletContextInitializer secureSessionCookie(ChildcareProperties properties) {
        return (servletContext) -> {
            if (properties.publicUrl().startsWith("https://")) {
                SessionCookieConfig cookie = servletContext.getSessionCookieConfig();
                cookie.setSecure(true);
                cookie.setName(SECURE_COOKIE_NAME);
                cookie.setPath("/");
                logger.info("Session cookie '{}' sent over HTTPS only", SECURE_COOKIE_NAME);
            }
        };
    }

}
