package org.opencity.childcare.webapp.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, in the request and its session, when the pages rather than a login
 * form decide it: a staff login completed by its second factor, or a session that
 * continues after changing its own password. Every other session of that person was
 * opened with the old credentials and ends at its next request
 * ({@link StoredAccountFilter}); this one goes on under a new id.
 */
@Component
public class SignedInSessions {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    /**
     * Signs {@code user} in, for this request and its session, under a new session id.
     */
    public void signIn(UserDetails user, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        keep(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
    }

    /**
     * Keeps {@code authentication} (a half-done login, say) for this request and its
     * session; null forgets whoever was signed in.
     */
    public void keep(@Nullable Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (authentication != null) {
            context.setAuthentication(authentication);
        }
        SecurityContextHolder.setContext(context);
        this.contexts.saveContext(context, request, response);
    }

}
