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

    /**
     * The page where a member confirms a new e-mail address, from the link mailed to it.
     */
    String emailChange(String token);

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

    /** A conversation between two members, in the site's messages. */
    String conversation(String conversationId);

    /**
     * The ad search with these filters, as {@code AdSearchQuery#toQueryString()} writes
     * them (empty for all ads).
     */
    String search(String queryString);

    /** The member's saved searches, where alerts are changed or stopped. */
    String savedSearches();

    /**
     * The page that stops a saved search's alerts in one click, from any alert mail,
     * without logging in.
     */
    String unsubscribe(String token);

}
