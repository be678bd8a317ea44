package org.opencity.childcare.webapp.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refused requests get a page that explains: an expired form (missing or stale CSRF
 * token) asks to reload and send again; anything else says the page is not for this
 * account. Each refusal is logged with its path only.
 */
final class AccessDeniedPages implements AccessDeniedHandler {

    private static final Logger logger = LoggerFactory.getLogger(AccessDeniedPages.class);

    static final String EXPIRED = "/page-expiree";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        boolean csrf = denied instanceof CsrfException;
        logger.warn("Access refused to '{}' ({})", request.getRequestURI(),
                csrf ? "missing or stale form token" : "role not allowed");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(csrf ? EXPIRED : SecurityConfiguration.ACCESS_DENIED).forward(request, response);
    }

}
