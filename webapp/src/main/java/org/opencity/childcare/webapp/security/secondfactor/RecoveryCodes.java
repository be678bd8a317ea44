package org.opencity.childcare.webapp.security.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Single-use codes that replace the authenticator when the phone is lost. Each has ten
 * characters from an alphabet without look-alikes (about 50 random bits), shown as two
 * groups of five; only their SHA-256 hashes are stored, which is enough for values this
 * random.
 */
final class RecoveryCodes {

    /** How many codes a staff member receives at a time. */
    static final int COUNT = 10;

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private static final int LENGTH = 10;

    private RecoveryCodes() {
    }

    static List<String> generate(SecureRandom random) {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int j = 0; j < LENGTH; j++) {
                if (j == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /**
     * Whether the input could be a recovery code, whatever the case, spaces or dash the
     * person typed.
     */
    static boolean looksLikeCode(String input) {
        String normalized = normalize(input);
        return normalized.length() == LENGTH && normalized.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0);
    }

    static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(normalize(code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

    private static String normalize(String input) {
        return input.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

}
