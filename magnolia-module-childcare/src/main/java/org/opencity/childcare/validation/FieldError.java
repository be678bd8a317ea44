package org.opencity.childcare.validation;

import java.util.List;

/**
 * A problem with one field of a form: which field, the message key that explains it, and
 * the message's arguments.
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

}
