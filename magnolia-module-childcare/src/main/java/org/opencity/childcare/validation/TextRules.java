package org.opencity.childcare.validation;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Shared rules for free text typed by residents: trimming, Unicode normalisation, length
 * and the refusal of control characters that no one types on purpose.
 */
public final class TextRules {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\r\\t]]");

    private TextRules() {
    }

    /** The value trimmed and NFC-normalised; empty for null. */
    public static String clean(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    /**
     * Whether the text contains control or invisible formatting characters (tab and
     * newlines aside).
     */
    public static boolean hasControlCharacters(String value) {
        return CONTROL.matcher(value).find() || value.indexOf('\uFFFD') >= 0;
    }

    /** Length in code points, as a person counts characters. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /**
     * A one-line field: the value cleaned, and its first problem reported against
     * {@code field}: missing while {@code required}, longer than {@code max}, or holding
     * control characters or line breaks.
     */
    public static String line(String field, @Nullable String value, int max, boolean required, FieldErrors errors) {
        String text = clean(value);
        if (text.isEmpty()) {
            if (required) {
                errors.reject(field, "childcare.validation.required");
            }
        }
        else if (length(text) > max) {
            errors.reject(field, "childcare.validation.tooLong", max);
        }
        else if (hasControlCharacters(text) || text.matches("(?s).*[\\n\\r\\t].*")) {
            errors.reject(field, "childcare.validation.controlCharacters");
        }
        return text;
    }

}
