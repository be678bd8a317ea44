package org.opencity.childcare.listing.match;

import java.util.List;

/**
 * One compatible ad and why it is.
 *
 * @param adId the compatible ad
 * @param score from 0 to 100, as the package documentation describes
 * @param reasons what the two ads have going for them, most important first, at most
 * {@link AdMatcher#MAX_REASONS}
 */
public record Match(String adId, int score, List<MatchReason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("A score is between 0 and 100: " + score);
        }
    }

}
