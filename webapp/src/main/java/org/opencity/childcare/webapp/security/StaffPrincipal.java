package org.opencity.childcare.webapp.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in webmaster or editor.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, SignedInUser {

    private final StaffAccount account;

    private transient String passwordHash;

    StaffPrincipal(StaffAccount account) {
        this.account = account;
        this.passwordHash = account.passwordHash();
    }

    public StaffAccount account() {
        return this.account;
    }

    /**
     * The same person signed in with their account as stored now, for a session that
     * continues after a change of its own credentials.
     */
    public StaffPrincipal renewed(StaffAccount stored) {
        if (!stored.username().equals(this.account.username())) {
            throw new IllegalArgumentException("A session continues with its own account only");
        }
        StaffPrincipal renewed = new StaffPrincipal(stored);
        renewed.eraseCredentials();
        return renewed;
    }

    @Override
    public String displayName() {
        return this.account.displayName();
    }

    @Override
    public boolean isStaff() {
        return true;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + this.account.role()));
    }

    @Override
    public String getPassword() {
        return this.passwordHash;
    }

    @Override
    public String getUsername() {
        return this.account.username();
    }

    /** A disabled account is refused at login, once its password was found right. */
    @Override
    public boolean isEnabled() {
        return this.account.active();
    }

    @Override
    public void eraseCredentials() {
        this.passwordHash = "";
    }

}
