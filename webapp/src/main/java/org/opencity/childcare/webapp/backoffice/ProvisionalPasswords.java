package org.opencity.childcare.webapp.backoffice;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import org.opencity.childcare.webapp.security.StaffPrincipal;

/**
 * Keeps a staff member whose password the service handed out (a first password, one a
 * webmaster gave them, one an operator reset) on their security page until they choose
 * their own: a password read aloud on the phone or printed in a log is not a secret to
 * keep. Every other back-office page leads there meanwhile.
 */
class ProvisionalPasswords implements HandlerInterceptor {

    /** The addresses a staff member with a provisional password may still reach. */
    static final String[] ALLOWED = { BackofficePaths.SECURITY, BackofficePaths.SECURITY + "/**", BackofficePaths.LOGIN,
            BackofficePaths.LOGIN + "/**", BackofficePaths.LOGOUT };

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
                && staff.account().provisionalPassword()) {
            response.sendRedirect(request.getContextPath() + BackofficePaths.SECURITY);
            return false;
        }
        return true;
    }

}
