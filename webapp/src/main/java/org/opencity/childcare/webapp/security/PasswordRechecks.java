package org.opencity.childcare.webapp.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import org.opencity.childcare.member.Member;

/**
 * The login throttle, applied to the password a signed-in member types again to change
 * their password or e-mail address or to delete their account, and to the current
 * password a staff member types to change theirs. A wrong password there counts as a
 * failed login under each name the person logs in with (a member's identifier and e-mail
 * address, a staff member's user name), and a throttled login throttles these forms too:
 * someone who finds a session open cannot use them to guess the password faster than at
 * the login page.
 */
@Component
public class PasswordRechecks {

    private final LoginThrottle throttle;

    PasswordRechecks(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** How long before the member may try again from this request's address. */
    public Duration waitBefore(Member member, HttpServletRequest request) {
        return this.throttle.waitBefore(logins(member), request.getRemoteAddr());
    }

    public void failed(Member member, HttpServletRequest request) {
        this.throttle.failed(logins(member), request.getRemoteAddr());
    }

    public void succeeded(Member member, HttpServletRequest request) {
        this.throttle.succeeded(logins(member), request.getRemoteAddr());
    }

    /** How long before the staff member may try again from this request's address. */
    public Duration waitBefore(StaffAccount staff, HttpServletRequest request) {
        return this.throttle.waitBefore(logins(staff), request.getRemoteAddr());
    }

    public void failed(StaffAccount staff, HttpServletRequest request) {
        this.throttle.failed(logins(staff), request.getRemoteAddr());
    }

    public void succeeded(StaffAccount staff, HttpServletRequest request) {
        this.throttle.succeeded(logins(staff), request.getRemoteAddr());
    }

    /**
     * The throttle's name of the staff login, as the back-office login form counts it.
     */
    private static List<String> logins(StaffAccount staff) {
        return List.of(SecurityConfiguration.STAFF_LOGINS + ":" + staff.username());
    }

    /** The throttle's names of the member's logins, as the login form counts them. */
    private static List<String> logins(Member member) {
        List<String> logins = new ArrayList<>();
        if (member.identifier() != null) {
            logins.add(SecurityConfiguration.MEMBER_LOGINS + ":" + member.identifier());
        }
        logins.add(SecurityConfiguration.MEMBER_LOGINS + ":" + member.profile().email());
        return logins;
    }

}
