package org.opencity.childcare.webapp.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed attempts: the login must wait before trying again.
 */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("Too many failed login attempts; retry in " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    public Duration retryAfter() {
        return this.wait;
    }

}
