package org.opencity.childcare.webapp.security.secondfactor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as authenticator applications make them (RFC 6238 with its
 * defaults: HMAC-SHA1, 30-second steps, six digits).
 */
public final class Totp {

    /** The length of a time step, in seconds. */
    static final long STEP_SECONDS = 30;

    /**
     * How many steps a code may lag or lead the server's clock: one, so that a phone a
     * few seconds off, or a code typed as it changes, is still accepted.
     */
    static final int TOLERATED_STEPS = 1;

    private static final int DIGITS = 6;

    private Totp() {
    }

    /** The time step an instant falls in. */
    public static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The code an authenticator shows at that instant for a base 32 secret. */
    public static String code(String secret, Instant instant) {
        return code(Base32.decode(secret), step(instant));
    }

    static String code(byte[] key, long step) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", ex);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%0" + DIGITS + "d", binary % 1_000_000);
    }

    /**
     * The step whose code was typed, within the tolerated drift around {@code now}; empty
     * if none matches. Every candidate is compared in constant time.
     */
    static OptionalLong matchingStep(byte[] key, String typed, Instant now) {
        long current = step(now);
        long found = Long.MIN_VALUE;
        byte[] given = typed.getBytes(StandardCharsets.US_ASCII);
        for (long step = current - TOLERATED_STEPS; step <= current + TOLERATED_STEPS; step++) {
            byte[] expected = code(key, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given)) {
                found = step;
            }
        }
        return (found == Long.MIN_VALUE) ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** Whether the input looks like a code: six digits, spaces ignored. */
    static boolean looksLikeCode(String input) {
        return input.matches("\\d{" + DIGITS + "}");
    }

}
