package org.opencity.childcare.webapp.backoffice;

import org.opencity.childcare.webapp.security.SecurityConfiguration;

/**
 * The back-office addresses. The security configuration grants the inbox, the outbox, the
 * ads, the reports, the members and the staff accounts to webmasters only, by their
 * prefixes.
 */
final class BackofficePaths {

    static final String HOME = SecurityConfiguration.BACKOFFICE;

    static final String LOGIN = SecurityConfiguration.BACKOFFICE_LOGIN;

    static final String LOGOUT = HOME + "/deconnexion";

    static final String INBOX = HOME + "/taches";

    static final String TASK = INBOX + "/{id}";

    static final String CLAIM = TASK + "/prendre";

    static final String APPROVE = TASK + "/valider";

    static final String REJECT = TASK + "/refuser";

    static final String DOCUMENT = TASK + "/documents/{documentId}";

    static final String OUTBOX = HOME + "/courriels";

    static final String OUTBOX_MESSAGE = OUTBOX + "/{id}";

    /** Every ad, whatever its status; one is at {@code ADS + "/" + id}. */
    static final String ADS = HOME + "/annonces";

    /** Every member, whatever their status; one is at {@code MEMBERS + "/" + id}. */
    static final String MEMBERS = HOME + "/membres";

    static final String MEMBER = MEMBERS + "/{id}";

    /** Where a member's suspension form posts to. */
    static final String SUSPEND = MEMBER + "/suspendre";

    /** Where a suspended member's reactivation button posts to. */
    static final String REACTIVATE = MEMBER + "/reactiver";

    /**
     * A member's report about an ad or a member, by the id of its inbox task; the task
     * page of a REPORT task leads there.
     */
    static final String REPORT = HOME + "/signalements/{id}";

    /** The signed-in staff member's second factor: recovery codes left, new ones. */
    static final String SECURITY = HOME + "/securite";

    static final String RECOVERY_CODES = SECURITY + "/codes-de-secours";

    /** Where the signed-in staff member's password change form posts to. */
    static final String OWN_PASSWORD = SECURITY + "/mot-de-passe";

    /** The staff accounts, for webmasters; one is at {@code STAFF + "/" + username}. */
    static final String STAFF = HOME + "/personnel";

    static final String NEW_STAFF = STAFF + "/nouveau";

    static final String STAFF_ACCOUNT = STAFF + "/{username}";

    /** The confirmation page of a second factor reset, and where it posts to. */
    static final String STAFF_SECOND_FACTOR = STAFF_ACCOUNT + "/double-authentification";

    /** The confirmation page of a new password for a colleague, and where it posts to. */
    static final String STAFF_PASSWORD = STAFF_ACCOUNT + "/mot-de-passe";

    static final String STAFF_DISABLE = STAFF_ACCOUNT + "/desactiver";

    static final String STAFF_ENABLE = STAFF_ACCOUNT + "/reactiver";

    private BackofficePaths() {
    }

}
