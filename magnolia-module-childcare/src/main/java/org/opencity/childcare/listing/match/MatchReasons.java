package org.opencity.childcare.listing.match;

import java.util.Locale;
import java.util.StringJoiner;

import org.opencity.childcare.i18n.Messages;

/**
 * A match's reasons as one line of plain text: "même quartier, 3 demi-journées en commun,
 * enfants d’âges proches".
 */
public final class MatchReasons {

    private MatchReasons() {
    }

    /**
     * The reasons' texts in the match's order, separated by commas; empty when the match
     * has no reason to show.
     */
    public static String describe(Match match, Messages messages, Locale locale) {
        StringJoiner line = new StringJoiner(", ");
        for (MatchReason reason : match.reasons()) {
            line.add(messages.get(reason.kind().messageKey(), locale, reason.count()));
        }
        return line.toString();
    }

}
