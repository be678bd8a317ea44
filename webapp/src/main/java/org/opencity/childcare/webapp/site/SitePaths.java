package org.opencity.childcare.webapp.site;

import java.util.Map;

/**
 * The public section's addresses, under the city site's "Services en ligne > Garde
 * d'enfant".
 */
public final class SitePaths {

    public static final String SECTION = "/services-en-ligne/garde-d-enfant";

    public static final String REGISTER = SECTION + "/inscription";

    public static final String REGISTERED = REGISTER + "/demande-envoyee";

    public static final String LOGIN = SECTION + "/connexion";

    /**
     * The flag the login page is opened with when a member's session ended because their
     * account is suspended (or closed) since they logged in.
     */
    public static final String SUSPENDED = "compte-suspendu";

    /**
     * The login page's flag when a session ended because the member's password changed
     * since it was opened.
     */
    public static final String SESSION_ENDED = "session-terminee";

    public static final String LOGOUT = SECTION + "/deconnexion";

    public static final String ACTIVATION = SECTION + "/activation";

    public static final String FORGOTTEN_PASSWORD = SECTION + "/mot-de-passe-oublie";

    public static final String NEW_PASSWORD = SECTION + "/nouveau-mot-de-passe";

    public static final String ACCOUNT = SECTION + "/mon-compte";

    public static final String PRIVACY = SECTION + "/donnees-personnelles";

    /** The accessibility statement: a page of editors' content, bootstrapped. */
    public static final String ACCESSIBILITY = SECTION + "/accessibilite";

    /** The listings; one ad is at {@code ADS + "/" + id}. */
    public static final String ADS = SECTION + "/annonces";

    /** Where the one-click renewal link of the reminder mail leads. */
    public static final String AD_RENEWAL = ADS + "/renouveler";

    /** Posting a new ad. */
    public static final String NEW_AD = ADS + "/nouvelle";

    /** The member's data as a JSON file to download. */
    public static final String MY_DATA = ACCOUNT + "/mes-donnees";

    /** Deleting the member's account, after a confirmation with their password. */
    public static final String DELETE_ACCOUNT = ACCOUNT + "/suppression";

    /** Changing the password, after typing the current one. */
    public static final String CHANGE_PASSWORD = ACCOUNT + "/mot-de-passe";

    /** Asking for a new e-mail address, after typing the password. */
    public static final String CHANGE_EMAIL = ACCOUNT + "/adresse-electronique";

    /**
     * Where the link mailed to a new address leads: confirms it, without logging in.
     */
    public static final String CONFIRM_EMAIL = CHANGE_EMAIL + "/confirmation";

    /** The member's own ads, whatever their status. */
    public static final String MY_ADS = ACCOUNT + "/annonces";

    /**
     * The member's conversations; one is at {@code CONVERSATIONS + "/" + id}. An ad's
     * "contact" form posts to {@code ADS + "/" + adId + "/contacter"}.
     */
    public static final String CONVERSATIONS = ACCOUNT + "/messages";

    /** The member's saved searches; the search page posts a new one here. */
    public static final String SAVED_SEARCHES = ACCOUNT + "/recherches";

    /** The member's personal API tokens: list, create (shown once), revoke. */
    public static final String API_TOKENS = ACCOUNT + "/jetons";

    /** Where the one-click link of every alert mail leads; no login needed. */
    public static final String UNSUBSCRIBE = SECTION + "/alertes/arret";

    private SitePaths() {
    }

    /** The paths templates link to, by short name ({@code site.paths.register}). */
    public static Map<String, String> forTemplates() {
        return Map.ofEntries(Map.entry("section", SECTION), Map.entry("register", REGISTER), Map.entry("login", LOGIN),
                Map.entry("logout", LOGOUT), Map.entry("activation", ACTIVATION),
                Map.entry("forgottenPassword", FORGOTTEN_PASSWORD), Map.entry("newPassword", NEW_PASSWORD),
                Map.entry("account", ACCOUNT), Map.entry("privacy", PRIVACY), Map.entry("accessibility", ACCESSIBILITY),
                Map.entry("ads", ADS), Map.entry("newAd", NEW_AD), Map.entry("myAds", MY_ADS),
                Map.entry("conversations", CONVERSATIONS), Map.entry("savedSearches", SAVED_SEARCHES),
                Map.entry("myData", MY_DATA), Map.entry("deleteAccount", DELETE_ACCOUNT),
                Map.entry("apiTokens", API_TOKENS), Map.entry("changePassword", CHANGE_PASSWORD),
                Map.entry("changeEmail", CHANGE_EMAIL), Map.entry("confirmEmail", CONFIRM_EMAIL));
    }

}
