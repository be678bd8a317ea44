package org.opencity.childcare.webapp.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem document.
 *
 * @param type a stable URI per kind of problem
 * @param title the kind of problem in words, in the caller's language (French unless
 * asked otherwise)
 * @param detail what went wrong this time
 * @param instance the request's path
 * @param errors for validation and malformed bodies, one entry per field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        @Nullable List<FieldProblem> errors) {

    /** One field to fix; {@code field} is a JSON path such as {@code children[1]}. */
    public record FieldProblem(String field, String message) {

    }

}
