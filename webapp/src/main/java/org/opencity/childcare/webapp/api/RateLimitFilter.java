package org.opencity.childcare.webapp.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.opencity.childcare.webapp.security.MemberPrincipal;
import org.opencity.childcare.webapp.security.StaffPrincipal;

/**
 * Limits the API's writes per caller (token, or signed-in member or staff) and, apart,
 * per client address: past either limit, a 429 problem with {@code Retry-After}. Runs
 * after authorisation, so refused requests spend nothing; reads are not limited.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter callers;

    private final RateLimiter addresses;

    private final ApiProblems problems;

    RateLimitFilter(RateLimiter callers, RateLimiter addresses, ApiProblems problems) {
        this.callers = callers;
        this.addresses = addresses;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ApiTokenFilter.isRead(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long wait = this.addresses.take("address:" + request.getRemoteAddr());
        String caller = caller(SecurityContextHolder.getContext().getAuthentication());
        if (wait == 0 && caller != null) {
            wait = this.callers.take(caller);
        }
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            this.problems.write(request, response, ProblemKind.RATE_LIMITED, null);
            return;
        }
        chain.doFilter(request, response);
    }

    private static @Nullable String caller(@Nullable Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof ApiTokenPrincipal token) {
            return "token:" + token.tokenId();
        }
        if (principal instanceof MemberPrincipal member) {
            return "member:" + member.memberId();
        }
        if (principal instanceof StaffPrincipal staff) {
            return "staff:" + staff.getUsername();
        }
        return null;
    }

}
