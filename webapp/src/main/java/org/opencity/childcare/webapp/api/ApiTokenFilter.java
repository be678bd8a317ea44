package org.opencity.childcare.webapp.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.opencity.childcare.apitoken.ApiToken;
import org.opencity.childcare.apitoken.ApiTokens;
import org.opencity.childcare.webapp.security.Roles;

/**
 * Authenticates {@code Authorization: Bearer <token>} with a member's personal API token,
 * for this request only (nothing goes into a session). A bearer header with an unknown,
 * revoked or expired token is a 401 at once, whatever session comes with it; a read-only
 * token on a write is a 403. Without the header the browser session, if any, applies.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    static final String BEARER = "Bearer ";

    private final ApiTokens tokens;

    private final ApiProblems problems;

    ApiTokenFilter(ApiTokens tokens, ApiProblems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    /** Whether the request carries a bearer token (and so needs no CSRF token). */
    static boolean hasBearer(HttpServletRequest request) {
        return bearer(request) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = bearer(request);
        if (secret == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiToken> token = this.tokens.authenticate(secret.strip());
        if (token.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            this.problems.write(request, response, ProblemKind.UNAUTHENTICATED, "api.problem.invalidToken");
            return;
        }
        ApiToken valid = token.get();
        if (!valid.scope().allowsWrites() && !isRead(request.getMethod())) {
            this.problems.write(request, response, ProblemKind.READ_ONLY_TOKEN, null);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new ApiTokenPrincipal(valid.memberId(), valid.id(), valid.scope()), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.MEMBER))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static @Nullable String bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length());
    }

}
