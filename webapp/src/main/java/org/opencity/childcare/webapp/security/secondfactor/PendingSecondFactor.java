package org.opencity.childcare.webapp.security.secondfactor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import org.opencity.childcare.webapp.security.StaffPrincipal;

/**
 * A staff login halfway: the password was right, the code is still to come. It grants no
 * role, only the right to the second step's pages, and lapses after
 * {@link #TIME_TO_COMPLETE}. Its principal is the user name, not a
 * {@link StaffPrincipal}, so that no page takes it for a signed-in staff member.
 */
public final class PendingSecondFactor extends AbstractAuthenticationToken {

    /** The only authority of a half-done login. */
    public static final String AUTHORITY = "SECOND_FACTOR_PENDING";

    /** How long the second step may take after the password. */
    static final Duration TIME_TO_COMPLETE = Duration.ofMinutes(5);

    private final StaffPrincipal staff;

    private final Instant passwordCheckedAt;

    PendingSecondFactor(StaffPrincipal staff, Instant passwordCheckedAt) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.staff = staff;
        this.passwordCheckedAt = passwordCheckedAt;
        setAuthenticated(true);
    }

    StaffPrincipal staff() {
        return this.staff;
    }

    boolean expiredAt(Instant now) {
        return now.isAfter(this.passwordCheckedAt.plus(TIME_TO_COMPLETE));
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return this.staff.getUsername();
    }

}
