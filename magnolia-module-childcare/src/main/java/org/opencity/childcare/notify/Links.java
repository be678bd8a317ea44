package org.opencity.childcare.notify;

/**
 * Absolute addresses of the public pages that mails link to. The host knows its public
 * address and routes; the module only asks.
 */
public interface Links {

    /** The page where a newly approved member chooses a password. */
    String activation(String token);

    /** The page where a member who forgot their password chooses a new one. */
    String passwordReset(String token);

    /** The login page. */
    String login();

    /** The page for asking a new password link. */
    String forgottenPassword();

    /**
     * The page that renews an ad in one click from the reminder mail, without logging in.
     */
    String adRenewal(String token);

    /** The page of one ad. */
    String ad(String adId);

}
