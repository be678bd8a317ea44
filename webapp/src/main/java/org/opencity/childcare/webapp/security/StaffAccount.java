package org.opencity.childcare.webapp.security;

/**
 * A staff account: a webmaster or an editor of the city.
 *
 * @param role {@link Roles#WEBMASTER} or {@link Roles#EDITOR}
 * @param active false once a webmaster disabled the account: it can no longer log in
 * @param sessionVersion raised each time the account's open sessions must end (a new
 * password, a second factor reset, the account disabled): a session opened under an older
 * version ends at its next request
 * @param provisionalPassword true while the password is one the service handed out (a
 * first password, one a webmaster gave, one an operator reset): the person chooses their
 * own before doing anything else
 */
public record StaffAccount(String username, String displayName, String role, String passwordHash, boolean active,
        long sessionVersion, boolean provisionalPassword) {

    /**
     * A new account, active, that has never had a session, with a password of its own.
     */
    public StaffAccount(String username, String displayName, String role, String passwordHash) {
        this(username, displayName, role, passwordHash, true, 0, false);
    }

    /** The same account, its password one the service handed out. */
    public StaffAccount provisional() {
        return new StaffAccount(this.username, this.displayName, this.role, this.passwordHash, this.active,
                this.sessionVersion, true);
    }

    public boolean isWebmaster() {
        return Roles.WEBMASTER.equals(this.role);
    }

}
