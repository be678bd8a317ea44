package org.opencity.childcare.webapp.security;

/**
 * What pages show about whoever is logged in.
 */
public interface SignedInUser {

    String displayName();

    boolean isStaff();

}
