package org.opencity.childcare.webapp.api;

/**
 * The kinds of problem the API answers with, each with its status and the stable slug of
 * its {@code type} URI ({@code <public-url>/.rest/problems/<slug>}). Titles come from the
 * host bundle, under {@code api.problem.<slug>.title}.
 */
public enum ProblemKind {

    MALFORMED_REQUEST(400, "malformed-request"),

    UNAUTHENTICATED(401, "unauthenticated"),

    FORBIDDEN(403, "forbidden"),

    READ_ONLY_TOKEN(403, "read-only-token"),

    CSRF(403, "csrf"),

    ACCOUNT_INACTIVE(403, "account-inactive"),

    OWN_AD(403, "own-ad"),

    NOT_FOUND(404, "not-found"),

    NOT_ACCEPTABLE(406, "not-acceptable"),

    CONFLICT(409, "conflict"),

    CONTACT_REFUSED(409, "contact-refused"),

    ALREADY_DECIDED(409, "already-decided"),

    PAYLOAD_TOO_LARGE(413, "payload-too-large"),

    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),

    VALIDATION(422, "validation"),

    RATE_LIMITED(429, "rate-limited"),

    SERVER_ERROR(500, "server-error");

    private final int status;

    private final String slug;

    ProblemKind(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return this.status;
    }

    public String slug() {
        return this.slug;
    }

}
