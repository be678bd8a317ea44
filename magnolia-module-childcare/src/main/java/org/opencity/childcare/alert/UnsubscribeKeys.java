package org.opencity.childcare.alert;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.jcr.HashedNames;

/**
 * The keys of the one-click links that stop a saved search's alerts. Each alert mail
 * carries a key of its own, 256 random bits; the repository keeps only its SHA-256 hash,
 * on the saved search. The link's token is the search's id, a dot and the key, so that
 * checking it is one lookup by identifier and needs no search index. A key never expires
 * and can be used again: stopping alerts that are stopped changes nothing.
 */
final class UnsubscribeKeys {

    private static final int RANDOM_BYTES = 32;

    private static final char SEPARATOR = '.';

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final int LONGEST_TOKEN = 200;

    private UnsubscribeKeys() {
    }

    /** A new key for a mail about the search, with the hash to store. */
    static Key newKey(SecureRandom random, String searchId) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Key(searchId + SEPARATOR + key, HashedNames.sha256(key));
    }

    /**
     * The search a token names and the hash of its key; empty for anything that is not
     * shaped like a token.
     */
    static Optional<Presented> parse(@Nullable String token) {
        if (token == null || token.length() > LONGEST_TOKEN) {
            return Optional.empty();
        }
        int separator = token.lastIndexOf(SEPARATOR);
        if (separator <= 0) {
            return Optional.empty();
        }
        String key = token.substring(separator + 1);
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Presented(token.substring(0, separator), HashedNames.sha256(key)));
    }

    /**
     * A key as handed out.
     *
     * @param token what the link carries
     * @param hash what the repository keeps
     */
    record Key(String token, String hash) {

    }

    /**
     * A token as a visitor presented it.
     *
     * @param searchId the saved search it names
     * @param hash the hash of its key, to compare with the stored ones
     */
    record Presented(String searchId, String hash) {

    }

}
