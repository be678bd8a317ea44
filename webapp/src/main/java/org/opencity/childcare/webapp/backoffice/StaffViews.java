package org.opencity.childcare.webapp.backoffice;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.webapp.security.Roles;
import org.opencity.childcare.webapp.security.StaffAccount;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactors;
import org.opencity.childcare.webapp.web.Options;

/**
 * Turns staff accounts into what the staff list and an account's page show: role, status
 * and second factor in words, and whose account it is.
 */
@Component
class StaffViews {

    private static final String STAFF = "backoffice.staff.";

    private final SecondFactors factors;

    private final Messages messages;

    StaffViews(SecondFactors factors, Messages messages) {
        this.factors = factors;
        this.messages = messages;
    }

    List<StaffRow> rows(List<StaffAccount> accounts, String viewer, Locale locale) {
        return accounts.stream().map((account) -> row(account, viewer, locale)).toList();
    }

    StaffRow row(StaffAccount account, String viewer, Locale locale) {
        boolean enrolled = this.factors.enrolled(account.username());
        return new StaffRow(path(account.username()), account.username(), account.displayName(),
                account.username().equals(viewer), text("role." + account.role(), locale), account.active(),
                text(status(account), locale), enrolled,
                text(enrolled ? "secondFactor.on" : "secondFactor.pending", locale),
                enrolled ? this.factors.recoveryCodesLeft(account.username()) : null);
    }

    private static String status(StaffAccount account) {
        if (!account.active()) {
            return "status.disabled";
        }
        return account.provisionalPassword() ? "status.provisional" : "status.active";
    }

    /** The roles a new account may have, webmaster first. */
    List<Map<String, String>> roleOptions(Locale locale) {
        return List.of(Options.option(Roles.WEBMASTER, text("role." + Roles.WEBMASTER, locale)),
                Options.option(Roles.EDITOR, text("role." + Roles.EDITOR, locale)));
    }

    /** The account's page. */
    static String path(String username) {
        return path(BackofficePaths.STAFF_ACCOUNT, username);
    }

    /** One of the account's addresses, its user name encoded as a path segment. */
    static String path(String pattern, String username) {
        return pattern.replace("{username}", UriUtils.encodePathSegment(username, StandardCharsets.UTF_8));
    }

    private String text(String key, Locale locale) {
        return this.messages.get(STAFF + key, locale);
    }

}
