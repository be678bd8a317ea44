package org.opencity.childcare.member;

/**
 * For tests only: "hashes" a password by prefixing it with {@code hashed:}, so that a
 * test can see which password was stored. Never use it outside tests: it keeps the
 * password readable.
 */
public final class PrefixPasswordHasher implements PasswordHasher {

    public static final String PREFIX = "hashed:";

    @Override
    public String hash(CharSequence password) {
        return PREFIX + password;
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
        return hash.equals(PREFIX + password);
    }

}
