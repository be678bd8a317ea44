package org.opencity.childcare.jcr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Node names derived from a secret or personal value by SHA-256, so that the value itself
 * never appears in the repository while a lookup by it stays a single path access.
 */
public final class HashedNames {

    private HashedNames() {
    }

    /** The lower-case hexadecimal SHA-256 of the UTF-8 bytes of {@code value}. */
    public static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

}
