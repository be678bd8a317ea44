package org.opencity.childcare.webapp.api;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opencity.childcare.member.Member;

/**
 * Who the API sees: the member, how they are authenticated and, for a browser session,
 * the CSRF token a same-site front end sends back in {@code X-CSRF-TOKEN} on writes.
 */
@RestController
class MeApiController {

    private final ApiCallers callers;

    MeApiController(ApiCallers callers) {
        this.callers = callers;
    }

    @GetMapping(ApiPaths.V1 + "/me")
    Me me(Authentication authentication, HttpServletRequest request) {
        Member member = this.callers.member(authentication);
        if (authentication.getPrincipal() instanceof ApiTokenPrincipal token) {
            return new Me(member.id(), member.profile().firstName(), member.identifier(), "token", token.scope().name(),
                    null);
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new Me(member.id(), member.profile().firstName(), member.identifier(), "session", "READ_WRITE",
                (csrf != null) ? csrf.getToken() : null);
    }

    /**
     * @param authentication {@code token} or {@code session}
     * @param scope {@code READ} or {@code READ_WRITE}
     * @param csrfToken for a session only
     */
    record Me(String id, String firstName, @Nullable String identifier, String authentication, String scope,
            @Nullable String csrfToken) {

    }

}
