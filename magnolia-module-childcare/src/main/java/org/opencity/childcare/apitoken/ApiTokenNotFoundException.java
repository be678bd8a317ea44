package org.opencity.childcare.apitoken;

/**
 * No token of this member has this identifier: it was revoked, never existed, or belongs
 * to someone else (the same answer in every case).
 */
public class ApiTokenNotFoundException extends RuntimeException {

    public ApiTokenNotFoundException(String id) {
        super("No API token '" + id + "' for this member");
    }

}
