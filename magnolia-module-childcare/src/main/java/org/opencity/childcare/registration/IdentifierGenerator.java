package org.opencity.childcare.registration;

import java.security.SecureRandom;

/**
 * Login identifiers such as {@code K7QM-2XPA}: eight characters from an alphabet without
 * the look-alikes 0/O, 1/I/L, easy to read out over the phone.
 */
public final class IdentifierGenerator {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final SecureRandom random;

    public IdentifierGenerator(SecureRandom random) {
        this.random = random;
    }

    public String next() {
        StringBuilder identifier = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                identifier.append('-');
            }
            identifier.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
        }
        return identifier.toString();
    }

}
