package org.opencity.childcare.webapp.api;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.MemberNotFoundException;
import org.opencity.childcare.suspension.MemberSuspensions;
import org.opencity.childcare.webapp.backoffice.StaffNames;
import org.opencity.childcare.webapp.security.StaffPrincipal;

/**
 * Webmasters suspend a member ({@code POST …/members/{id}/suspension} with the reason)
 * and reactivate them ({@code DELETE} of the same suspension), with the service the back
 * office uses: the same rules, audit entries and mails. An unknown member is a 404, a
 * change the member's status does not allow a 409, a missing or too long reason a 422.
 */
@RestController
@RequestMapping(ApiPaths.V1 + "/members/{id}/suspension")
class MembersApiController {

    private final MemberSuspensions suspensions;

    private final AccountService accounts;

    private final ApiCallers callers;

    private final ApiJson json;

    MembersApiController(MemberSuspensions suspensions, AccountService accounts, ApiCallers callers, ApiJson json) {
        this.suspensions = suspensions;
        this.accounts = accounts;
        this.callers = callers;
        this.json = json;
    }

    @PostMapping
    SuspensionView suspend(@PathVariable String id, Authentication authentication, HttpServletRequest request) {
        StaffPrincipal staff = this.callers.staff(authentication);
        requireMember(id);
        SuspensionRequest body = this.json.read(request, SuspensionRequest.class);
        return SuspensionView.of(this.suspensions.suspend(id, StaffNames.of(staff), body.reason()));
    }

    @DeleteMapping
    SuspensionView reactivate(@PathVariable String id, Authentication authentication) {
        StaffPrincipal staff = this.callers.staff(authentication);
        requireMember(id);
        return SuspensionView.of(this.suspensions.reactivate(id, StaffNames.of(staff)));
    }

    private void requireMember(String id) {
        if (this.accounts.findById(id).isEmpty()) {
            throw new MemberNotFoundException(id);
        }
    }

    /**
     * @param reason required, at most {@value MemberSuspensions#REASON_MAX} characters;
     * mailed to the member
     */
    record SuspensionRequest(@Nullable String reason) {

    }

    /**
     * The member's status after the change, and the change.
     *
     * @param identifier the member's login identifier
     * @param status {@code SUSPENDED} or {@code ACTIVE}
     * @param changedBy the webmaster, as the audit trail names them
     * @param reason the suspension's reason; null after a reactivation
     * @param listedAds the member's ads taken out of the listings, or put back
     */
    record SuspensionView(String memberId, @Nullable String identifier, String status, Instant changedAt,
            String changedBy, @Nullable String reason, int listedAds) {

        static SuspensionView of(MemberSuspensions.Change change) {
            return new SuspensionView(change.member().id(), change.member().identifier(),
                    change.member().status().name(), change.at(), change.by(), change.reason(), change.listedAds());
        }

    }

}
