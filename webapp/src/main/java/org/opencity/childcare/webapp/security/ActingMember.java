package org.opencity.childcare.webapp.security;

/**
 * A member behind a request, however they authenticated: a browser session after the
 * login form, or a personal API token.
 */
public interface ActingMember {

    /** The member's repository id. */
    String memberId();

}
