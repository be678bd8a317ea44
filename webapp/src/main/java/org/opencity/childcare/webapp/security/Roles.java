package org.opencity.childcare.webapp.security;

/**
 * The three roles. Members and staff are separate accounts: no one is both.
 */
public final class Roles {

    public static final String MEMBER = "MEMBER";

    public static final String WEBMASTER = "WEBMASTER";

    public static final String EDITOR = "EDITOR";

    private Roles() {
    }

}
