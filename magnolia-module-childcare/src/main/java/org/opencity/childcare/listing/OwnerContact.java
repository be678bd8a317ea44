package org.opencity.childcare.listing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.member.Member;

/**
 * What an ad shows of its owner to other members: first name, public identifier, when the
 * city verified them, and the phone number or e-mail address only if the owner chose to
 * show them on this ad. The ad's page and the delivery endpoint both show this, and
 * nothing else of the owner.
 */
public record OwnerContact(String firstName, String identifier, @Nullable Instant verifiedAt, @Nullable String phone,
        @Nullable String email) {

    /** The owner as shown on {@code ad}. */
    public static OwnerContact shownOn(Ad ad, Member owner) {
        return new OwnerContact(owner.profile().firstName(), (owner.identifier() != null) ? owner.identifier() : "",
                (owner.verification() != null) ? owner.verification().decidedAt() : null,
                (ad.content().showPhone()) ? owner.profile().phone() : null,
                ad.content().showEmail() ? owner.profile().email() : null);
    }

}
