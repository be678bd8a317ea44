package org.opencity.childcare.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The problems found in one submitted form, in the order of the form's fields. Only the
 * first problem of each field is kept: the user fixes one thing at a time.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors reject(String field, String messageKey, Object... arguments) {
        if (get(field).isEmpty()) {
            this.errors.add(new FieldError(field, messageKey, List.of(arguments)));
        }
        return this;
    }

    public boolean isEmpty() {
        return this.errors.isEmpty();
    }

    public boolean has(String field) {
        return get(field).isPresent();
    }

    public Optional<FieldError> get(String field) {
        return this.errors.stream().filter((e) -> e.field().equals(field)).findFirst();
    }

    public List<FieldError> all() {
        return Collections.unmodifiableList(this.errors);
    }

    /**
     * Throws {@link InvalidInputException} carrying these errors unless there are none.
     */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new InvalidInputException(this);
        }
    }

}
