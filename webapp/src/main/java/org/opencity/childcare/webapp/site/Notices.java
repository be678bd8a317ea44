package org.opencity.childcare.webapp.site;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.i18n.Messages;

/**
 * The confirmation shown after an action: the redirect names it with a flag in the query
 * string ({@code ?publiee}), and the page shows the matching text.
 */
final class Notices {

    private Notices() {
    }

    /**
     * The text of the first of {@code flags} present in the request's parameters, from
     * the key {@code prefix + flag}; null when none is.
     */
    static @Nullable String first(Map<String, String> parameters, Messages messages, Locale locale, String prefix,
            String... flags) {
        for (String flag : flags) {
            if (parameters.containsKey(flag)) {
                return messages.get(prefix + flag, locale);
            }
        }
        return null;
    }

}
