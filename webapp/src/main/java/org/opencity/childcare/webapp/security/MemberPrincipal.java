package org.opencity.childcare.webapp.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberStatus;

/**
 * A logged-in member. The user name is the member's repository id, which never changes;
 * the password hash is only held while logging in.
 */
public final class MemberPrincipal implements UserDetails, CredentialsContainer, SignedInUser, ActingMember {

    private final String memberId;

    private final String displayName;

    private final boolean active;

    private transient String passwordHash;

    MemberPrincipal(Member member) {
        this.memberId = member.id();
        this.displayName = member.profile().firstName();
        this.active = member.status() == MemberStatus.ACTIVE;
        this.passwordHash = (member.passwordHash() != null) ? member.passwordHash() : "";
    }

    @Override
    public String memberId() {
        return this.memberId;
    }

    @Override
    public String displayName() {
        return this.displayName;
    }

    @Override
    public boolean isStaff() {
        return false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + Roles.MEMBER));
    }

    @Override
    public String getPassword() {
        return this.passwordHash;
    }

    @Override
    public String getUsername() {
        return this.memberId;
    }

    @Override
    public boolean isEnabled() {
        return this.active;
    }

    @Override
    public void eraseCredentials() {
        this.passwordHash = "";
    }

}
