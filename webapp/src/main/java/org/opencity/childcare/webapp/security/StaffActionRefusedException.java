package org.opencity.childcare.webapp.security;

/**
 * A change to a staff account that its state, or who asks for it, does not allow; nothing
 * was changed.
 */
public final class StaffActionRefusedException extends RuntimeException {

    /** Why the change was refused. */
    public enum Reason {

        /** A webmaster tried to disable or reset their own account. */
        OWN_ACCOUNT,
        /** Disabling the account would leave no active webmaster. */
        LAST_ACTIVE_WEBMASTER,
        /** The account is disabled already (a colleague did it meanwhile). */
        ALREADY_DISABLED,
        /** The account is active already (a colleague re-enabled it meanwhile). */
        ALREADY_ACTIVE

    }

    private final Reason reason;

    public StaffActionRefusedException(Reason reason) {
        super("Staff account change refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return this.reason;
    }

}
