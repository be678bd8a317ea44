package org.opencity.childcare.notify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public addresses of a test city, {@code https://ville.example/…}, with single-use
 * tokens in a {@code jeton} parameter as the host puts them.
 */
public final class TestLinks implements Links {

    private static final String SECTION = "https://ville.example/services-en-ligne/garde-d-enfant";

    private static final Pattern TOKEN = Pattern.compile("\\?jeton=([A-Za-z0-9_-]+)");

    @Override
    public String activation(String token) {
        return SECTION + "/activation?jeton=" + token;
    }

    @Override
    public String passwordReset(String token) {
        return SECTION + "/nouveau-mot-de-passe?jeton=" + token;
    }

    @Override
    public String emailChange(String token) {
        return SECTION + "/mon-compte/adresse-electronique/confirmation?jeton=" + token;
    }

    @Override
    public String login() {
        return SECTION + "/connexion";
    }

    @Override
    public String forgottenPassword() {
        return SECTION + "/mot-de-passe-oublie";
    }

    @Override
    public String adRenewal(String token) {
        return SECTION + "/annonces/renouveler?jeton=" + token;
    }

    @Override
    public String ad(String adId) {
        return SECTION + "/annonces/" + adId;
    }

    @Override
    public String conversation(String conversationId) {
        return SECTION + "/mon-compte/messages/" + conversationId;
    }

    @Override
    public String search(String queryString) {
        return SECTION + "/annonces" + (queryString.isEmpty() ? "" : "?" + queryString);
    }

    @Override
    public String savedSearches() {
        return SECTION + "/mon-compte/recherches";
    }

    @Override
    public String unsubscribe(String token) {
        return SECTION + "/alertes/arret?jeton=" + token;
    }

    /**
     * The token of the link a mail carries, as a resident following it would send it;
     * fails if the mail has no link with a token.
     */
    public static String tokenIn(OutgoingMail mail) {
        Matcher matcher = TOKEN.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("No link with a token in the mail '" + mail.subject() + "'");
        }
        return matcher.group(1);
    }

}
