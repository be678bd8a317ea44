package org.opencity.childcare.token;

/**
 * What a single-use link lets its holder do.
 */
public enum TokenPurpose {

    /** Choose a first password after the application was approved. */
    ACTIVATION,

    /** Choose a new password after forgetting the old one. */
    PASSWORD_RESET,

    /** Renew one ad in one click from the reminder mail, without logging in. */
    AD_RENEWAL,

    /**
     * Confirm a new e-mail address: sent to that address, it changes the member's address
     * once opened.
     */
    EMAIL_CHANGE

}
