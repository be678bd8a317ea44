package org.opencity.childcare.apitoken;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A personal API token as its member sees it in the list: never the secret, which is
 * shown once when created and only stored as a hash.
 *
 * @param id the repository identifier of the token, to revoke it by
 * @param memberId the member the token acts for
 * @param name what the member called it ("mon application")
 * @param lastUsedAt when it last authenticated a request, to the nearest few minutes
 */
public record ApiToken(String id, String memberId, String name, ApiScope scope, Instant createdAt, Instant expiresAt,
        @Nullable Instant lastUsedAt) {

    /** Whether the token still authenticates requests at {@code now}. */
    public boolean isValidAt(Instant now) {
        return now.isBefore(this.expiresAt);
    }

}
