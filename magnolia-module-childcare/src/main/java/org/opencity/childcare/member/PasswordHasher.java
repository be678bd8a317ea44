package org.opencity.childcare.member;

/**
 * Hashes passwords with a modern adaptive function and checks them. The host provides it,
 * with the same encoder that its login uses.
 */
public interface PasswordHasher {

    String hash(CharSequence password);

    boolean matches(CharSequence password, String hash);

}
