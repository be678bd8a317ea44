package org.opencity.childcare.webapp.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.validation.FieldError;

/**
 * Stops a request with a problem of a known kind; the API's advice turns it into the
 * answer.
 */
public class ApiProblemException extends RuntimeException {

    private final ProblemKind kind;

    private final @Nullable String detailKey;

    private final List<FieldError> errors;

    /**
     * @param detailKey a key of the host bundle for the detail; null for the kind's
     * default detail
     */
    public ApiProblemException(ProblemKind kind, @Nullable String detailKey, List<FieldError> errors) {
        super(kind + ((detailKey != null) ? ": " + detailKey : ""));
        this.kind = kind;
        this.detailKey = detailKey;
        this.errors = List.copyOf(errors);
    }

    public ApiProblemException(ProblemKind kind) {
        this(kind, null, List.of());
    }

    public ApiProblemException(ProblemKind kind, String detailKey) {
        this(kind, detailKey, List.of());
    }

    public ProblemKind kind() {
        return this.kind;
    }

    public @Nullable String detailKey() {
        return this.detailKey;
    }

    /** Field errors, as message keys of the bundles with their arguments. */
    public List<FieldError> errors() {
        return this.errors;
    }

}
