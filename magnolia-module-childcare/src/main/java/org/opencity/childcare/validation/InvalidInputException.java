package org.opencity.childcare.validation;

/**
 * The input cannot be accepted as it is; the errors say which fields to fix and how.
 */
public class InvalidInputException extends RuntimeException {

    private final FieldErrors errors;

    public InvalidInputException(FieldErrors errors) {
        super("Invalid input in " + errors.all().stream().map(FieldError::field).toList());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return this.errors;
    }

}
