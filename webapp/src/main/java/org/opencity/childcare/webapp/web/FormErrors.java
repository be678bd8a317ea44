package org.opencity.childcare.webapp.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.validation.FieldError;
import org.opencity.childcare.validation.FieldErrors;

/**
 * Turns field errors into the translated messages templates show, keyed by field, in form
 * order.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> translate(FieldErrors errors, Messages messages, Locale locale) {
        Map<String, String> result = new LinkedHashMap<>();
        for (FieldError error : errors.all()) {
            result.put(error.field(), messages.get(error.messageKey(), locale, error.arguments().toArray()));
        }
        return result;
    }

}
