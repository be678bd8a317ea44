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

    public static final String LOGOUT = SECTION + "/deconnexion";

    public static final String ACTIVATION = SECTION + "/activation";

    public static final String FORGOTTEN_PASSWORD = SECTION + "/mot-de-passe-oublie";

    public static final String NEW_PASSWORD = SECTION + "/nouveau-mot-de-passe";

    public static final String ACCOUNT = SECTION + "/mon-compte";

    public static final String PRIVACY = SECTION + "/donnees-personnelles";

    /** The listings; one ad is at {@code ADS + "/" + id}. */
    public static final String ADS = SECTION + "/annonces";

    /** Where the one-click renewal link of the reminder mail leads. */
    public static final String AD_RENEWAL = ADS + "/renouveler";

    private SitePaths() {
    }

    /** The paths templates link to, by short name ({@code site.paths.register}). */
    public static Map<String, String> forTemplates() {
        return Map.of("section", SECTION, "register", REGISTER, "login", LOGIN, "logout", LOGOUT, "activation",
                ACTIVATION, "forgottenPassword", FORGOTTEN_PASSWORD, "newPassword", NEW_PASSWORD, "account", ACCOUNT,
                "privacy", PRIVACY);
    }

}
