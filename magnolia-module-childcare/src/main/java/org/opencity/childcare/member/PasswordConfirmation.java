package org.opencity.childcare.member;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.validation.FieldErrors;

/**
 * The current password a signed-in member types again before a change that matters (their
 * password, their e-mail address, deleting their account), so that someone who finds a
 * session open on a shared computer cannot take the account over.
 */
public final class PasswordConfirmation {

    /** Longer than any password the policy accepts; not worth hashing. */
    private static final int PASSWORD_MAX = 1024;

    private final PasswordHasher hasher;

    public PasswordConfirmation(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /**
     * Reports a missing password ({@code keyPrefix + "passwordRequired"}) or a wrong one
     * ({@code keyPrefix + "passwordWrong"}) against {@code field}.
     * @return whether a password was typed and it is not the member's: the caller then
     * throws a {@link WrongPasswordException} rather than a plain invalid input
     */
    public boolean reject(Member member, @Nullable String password, String field, String keyPrefix,
            FieldErrors errors) {
        if (password == null || password.isEmpty()) {
            errors.reject(field, keyPrefix + "passwordRequired");
            return false;
        }
        if (matches(member, password)) {
            return false;
        }
        errors.reject(field, keyPrefix + "passwordWrong");
        return true;
    }

    /**
     * Throws what {@link #reject} found, if anything: a {@link WrongPasswordException}
     * when the password was wrong, else an invalid input for the other errors.
     */
    public static void throwIfAny(boolean wrongPassword, FieldErrors errors) {
        if (wrongPassword) {
            throw new WrongPasswordException(errors);
        }
        errors.throwIfAny();
    }

    private boolean matches(Member member, String password) {
        return member.passwordHash() != null && password.length() <= PASSWORD_MAX
                && this.hasher.matches(password, member.passwordHash());
    }

}
