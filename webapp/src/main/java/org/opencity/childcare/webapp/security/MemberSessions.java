package org.opencity.childcare.webapp.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import org.opencity.childcare.member.Member;

/**
 * Keeps the member's own session after they change their password. Every other session of
 * theirs, on any node, was opened with the old password and ends at its next request
 * ({@link ActiveMembersFilter}); this one continues, under a new id, as opened with the
 * new password.
 */
@Component
public class MemberSessions {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    /**
     * Continues the signed-in member's session under a new id, with the member as stored
     * after the change of their own password.
     */
    public void continueAs(Member stored, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof MemberPrincipal member)) {
            throw new IllegalStateException("No signed-in member to continue the session of");
        }
        MemberPrincipal renewed = member.renewed(stored);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        this.contexts.saveContext(context, request, response);
    }

}
