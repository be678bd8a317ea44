package org.opencity.childcare.webapp.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import org.opencity.childcare.notify.Links;
import org.opencity.childcare.webapp.config.ChildcareProperties;

/**
 * Absolute links to the public pages, from the configured public address.
 */
@Component
public class PublicLinks implements Links {

    /** The query parameter that carries a single-use token. */
    public static final String TOKEN_PARAMETER = "jeton";

    private final String base;

    public PublicLinks(ChildcareProperties properties) {
        this.base = properties.publicUrl().replaceAll("/+$", "");
    }

    @Override
    public String activation(String token) {
        return withToken(SitePaths.ACTIVATION, token);
    }

    @Override
    public String passwordReset(String token) {
        return withToken(SitePaths.NEW_PASSWORD, token);
    }

    @Override
    public String emailChange(String token) {
        return withToken(SitePaths.CONFIRM_EMAIL, token);
    }

    @Override
    public String login() {
        return this.base + SitePaths.LOGIN;
    }

    @Override
    public String forgottenPassword() {
        return this.base + SitePaths.FORGOTTEN_PASSWORD;
    }

    @Override
    public String adRenewal(String token) {
        return withToken(SitePaths.AD_RENEWAL, token);
    }

    @Override
    public String ad(String adId) {
        return this.base + SitePaths.ADS + "/" + URLEncoder.encode(adId, StandardCharsets.UTF_8);
    }

    @Override
    public String conversation(String conversationId) {
        return this.base + SitePaths.CONVERSATIONS + "/" + URLEncoder.encode(conversationId, StandardCharsets.UTF_8);
    }

    @Override
    public String search(String queryString) {
        return this.base + SitePaths.ADS + (queryString.isEmpty() ? "" : "?" + queryString);
    }

    @Override
    public String savedSearches() {
        return this.base + SitePaths.SAVED_SEARCHES;
    }

    @Override
    public String unsubscribe(String token) {
        return withToken(SitePaths.UNSUBSCRIBE, token);
    }

    private String withToken(String path, String token) {
        return this.base + path + "?" + TOKEN_PARAMETER + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

}
