package org.opencity.childcare.validation;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rule for an e-mail address a resident types, wherever they type it (registration, a
 * change of address): present, at most {@value #MAX_LENGTH} characters, one {@code @} and
 * a domain with a dot, no spaces nor markup characters. Addresses are kept in lower case,
 * as the e-mail index compares them.
 */
public final class EmailAddresses {

    /** The longest address SMTP carries. */
    public static final int MAX_LENGTH = 254;

    /** The message shown for an address that does not look like one. */
    public static final String INVALID_MESSAGE_KEY = "childcare.registration.error.email";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}");

    private EmailAddresses() {
    }

    /**
     * The address as stored, its first problem reported against {@code field}; empty when
     * nothing was typed.
     */
    public static String check(String field, @Nullable String value, FieldErrors errors) {
        String email = TextRules.line(field, value, MAX_LENGTH, true, errors).toLowerCase(Locale.ROOT);
        if (!email.isEmpty() && !errors.has(field) && !EMAIL.matcher(email).matches()) {
            errors.reject(field, INVALID_MESSAGE_KEY);
        }
        return email;
    }

}
