package org.opencity.childcare.webapp.security;

/**
 * A staff account: a webmaster or an editor of the city.
 *
 * @param role {@link Roles#WEBMASTER} or {@link Roles#EDITOR}
 */
public record StaffAccount(String username, String displayName, String role, String passwordHash) {

}
