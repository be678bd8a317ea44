package org.opencity.childcare.webapp.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberStatus;

/**
 * A logged-in member. The user name is the member's repository id, which never changes;
 * the password hash is only held while logging in. The session keeps a fingerprint of the
 * password it was opened with ({@link #credentialsStamp()}): once the member's password
 * changes, on whatever node, the session no longer matches the stored member and ends.
 */
public final class MemberPrincipal implements UserDetails, CredentialsContainer, SignedInUser, ActingMember {

    private final String memberId;

    private final String displayName;

    private final boolean active;

    private final String credentialsStamp;

    private transient String passwordHash;

    MemberPrincipal(Member member) {
        this.memberId = member.id();
        this.displayName = member.profile().firstName();
        this.active = member.status() == MemberStatus.ACTIVE;
        this.passwordHash = (member.passwordHash() != null) ? member.passwordHash() : "";
        this.credentialsStamp = credentialsStampOf(member);
    }

    /**
     * The same member signed in as stored now, for a session that continues after the
     * member changed their own password.
     */
    public MemberPrincipal renewed(Member stored) {
        if (!stored.id().equals(this.memberId)) {
            throw new IllegalArgumentException("A session continues with its own member only");
        }
        MemberPrincipal renewed = new MemberPrincipal(stored);
        renewed.eraseCredentials();
        return renewed;
    }

    /** The fingerprint of the password this session was opened with. */
    public String credentialsStamp() {
        return this.credentialsStamp;
    }

    /**
     * A fingerprint of the member's stored password hash: it changes with the password,
     * and tells nothing about it (a hash of a salted hash, cut short).
     */
    static String credentialsStampOf(Member member) {
        String hash = (member.passwordHash() != null) ? member.passwordHash() : "";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(hash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
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
