package org.opencity.childcare.webapp.security;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the {@link LoginThrottle} before a password is even looked at, and counts
 * failures. Logs login events by kind and result only: never the login typed, which is
 * personal data.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger logger = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider delegate;

    private final LoginThrottle throttle;

    private final String kind;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, String kind) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.kind = kind;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = authentication.getName();
        String address = (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
        Duration wait = this.throttle.waitBefore(this.kind + ":" + login, address);
        if (!wait.isZero()) {
            logger.warn("{} login refused: throttled for {} s", this.kind, wait.toSeconds());
            throw new LoginThrottledException(wait);
        }
        try {
            Authentication result = this.delegate.authenticate(authentication);
            this.throttle.succeeded(this.kind + ":" + login, address);
            logger.info("{} login succeeded", this.kind);
            return result;
        }
        catch (BadCredentialsException ex) {
            this.throttle.failed(this.kind + ":" + login, address);
            logger.info("{} login failed: bad credentials", this.kind);
            throw ex;
        }
        catch (DisabledException ex) {
            logger.info("{} login refused: right password, account not active", this.kind);
            throw ex;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return this.delegate.supports(authentication);
    }

}
