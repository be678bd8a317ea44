package org.opencity.childcare.member;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A resident registered with the service, family or caregiver. Immutable: each change of
 * status returns a new member and refuses the transitions its status does not allow.
 *
 * @param id the repository identifier, random and not guessable
 * @param identifier the login identifier, issued on approval
 * @param passwordHash the adaptive hash of the password, once the member has set one
 * @param locale the language the member's mails are written in
 */
public record Member(String id, MemberStatus status, Profile profile, Instant registeredAt, @Nullable String identifier,
        @Nullable Verification verification, @Nullable String passwordHash, Locale locale) {

    /** Approves a pending application and issues the login identifier. */
    public Member approve(String newIdentifier, String staff, Instant at) {
        return new Member(this.id, this.status.moveTo(MemberStatus.ACTIVE), this.profile, this.registeredAt,
                newIdentifier, new Verification(staff, at, null), this.passwordHash, this.locale);
    }

    /** Refuses a pending application, for a reason given to the applicant. */
    public Member reject(String staff, Instant at, String reason) {
        return new Member(this.id, this.status.moveTo(MemberStatus.REJECTED), this.profile, this.registeredAt,
                this.identifier, new Verification(staff, at, reason), this.passwordHash, this.locale);
    }

    public Member suspend() {
        return withStatus(this.status.moveTo(MemberStatus.SUSPENDED));
    }

    public Member reactivate() {
        if (this.status != MemberStatus.SUSPENDED) {
            throw new IllegalTransitionException(this.status, MemberStatus.ACTIVE);
        }
        return withStatus(MemberStatus.ACTIVE);
    }

    public Member close() {
        return withStatus(this.status.moveTo(MemberStatus.CLOSED));
    }

    /** Sets the password hash; only an active member has a password. */
    public Member withPasswordHash(String hash) {
        if (this.status != MemberStatus.ACTIVE) {
            throw new IllegalStateException("Only an active member can set a password, not " + this.status);
        }
        return new Member(this.id, this.status, this.profile, this.registeredAt, this.identifier, this.verification,
                hash, this.locale);
    }

    /**
     * Changes the e-mail address, which is also a login; only an active member changes
     * it.
     */
    public Member withEmail(String email) {
        if (this.status != MemberStatus.ACTIVE) {
            throw new IllegalStateException(
                    "Only an active member can change their e-mail address, not " + this.status);
        }
        return new Member(this.id, this.status, this.profile.withEmail(email), this.registeredAt, this.identifier,
                this.verification, this.passwordHash, this.locale);
    }

    public boolean canLogIn() {
        return this.status == MemberStatus.ACTIVE && this.passwordHash != null;
    }

    private Member withStatus(MemberStatus next) {
        return new Member(this.id, next, this.profile, this.registeredAt, this.identifier, this.verification,
                this.passwordHash, this.locale);
    }

}
