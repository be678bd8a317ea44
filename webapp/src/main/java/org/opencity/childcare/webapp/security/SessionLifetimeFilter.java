package org.opencity.childcare.webapp.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lasted longer than its absolute lifetime, however active it has
 * been: a session left open on a shared computer (a library, a relais petite enfance)
 * does not stay logged in for days. The idle timeout
 * ({@code server.servlet.session.timeout}) ends the quiet ones sooner. The visitor simply
 * continues as anonymous and is asked to log in again where a page needs it.
 */
public class SessionLifetimeFilter extends OncePerRequestFilter {

    private static final Logger logger = LoggerFactory.getLogger(SessionLifetimeFilter.class);

    private final Duration lifetime;

    private final Clock clock;

    public SessionLifetimeFilter(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                long age = this.clock.millis() - session.getCreationTime();
                if (age > this.lifetime.toMillis()) {
                    session.invalidate();
                    logger.info("Session ended after its absolute lifetime of '{}'", this.lifetime);
                }
            }
            catch (IllegalStateException ex) {
                // Invalidated by another request meanwhile: nothing left to end.
            }
        }
        chain.doFilter(request, response);
    }

}
