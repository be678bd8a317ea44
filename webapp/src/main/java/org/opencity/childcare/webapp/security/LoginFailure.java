package org.opencity.childcare.webapp.security;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * Why the last login attempt failed, to show on the login form with the login kept.
 *
 * @param login what was typed as login, to fill the field again
 * @param messageKey the explanation
 * @param minutes how long to wait, for a throttled attempt
 */
public record LoginFailure(@Nullable String login, String messageKey, long minutes) implements Serializable {

    /** Takes the failure stored by the last attempt out of the session, if any. */
    public static @Nullable LoginFailure take(jakarta.servlet.http.HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(LoginFailureHandler.ATTRIBUTE) instanceof LoginFailure f)) {
            return null;
        }
        session.removeAttribute(LoginFailureHandler.ATTRIBUTE);
        return f;
    }

}
