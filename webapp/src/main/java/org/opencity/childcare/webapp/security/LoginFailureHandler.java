package org.opencity.childcare.webapp.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to its form, keeping what was typed as login and saying why
 * in terms the user can act on. The password is never kept.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    /** Session attribute holding the {@link LoginFailure} the login page shows once. */
    public static final String ATTRIBUTE = LoginFailureHandler.class.getName();

    private final String loginPage;

    private final String loginParameter;

    LoginFailureHandler(String loginPage, String loginParameter) {
        this.loginPage = loginPage;
        this.loginParameter = loginParameter;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String login = request.getParameter(this.loginParameter);
        LoginFailure failure;
        if (exception instanceof LoginThrottledException throttled) {
            failure = new LoginFailure(login, "childcare.login.error.throttled",
                    LoginThrottle.minutes(throttled.retryAfter()));
        }
        else if (exception instanceof DisabledException) {
            failure = new LoginFailure(login, "childcare.login.error.suspended", 0);
        }
        else {
            failure = new LoginFailure(login, "childcare.login.error.credentials", 0);
        }
        request.getSession().setAttribute(ATTRIBUTE, failure);
        response.sendRedirect(request.getContextPath() + this.loginPage);
    }

}
