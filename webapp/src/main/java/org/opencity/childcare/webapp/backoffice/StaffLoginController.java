package org.opencity.childcare.webapp.backoffice;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.webapp.security.LoginFailure;
import org.opencity.childcare.webapp.security.SecurityConfiguration;
import org.opencity.childcare.webapp.security.StaffPrincipal;

/**
 * The staff login page; the security filter chain checks the password and sends a failed
 * attempt back here with what was typed, and a session it ended (the account disabled, or
 * its password or second factor changed) here with a flag that says why.
 */
@Controller
class StaffLoginController {

    private static final String MEMBER_TEXTS = "childcare.login.";

    /** The flag, without a value, that the logout adds to this page's address. */
    private static final String LOGGED_OUT = "deconnexion";

    private final Messages messages;

    StaffLoginController(Messages messages) {
        this.messages = messages;
    }

    @GetMapping(BackofficePaths.LOGIN)
    String login(@AuthenticationPrincipal @Nullable Object principal, HttpServletRequest request, Model model,
            Locale locale) {
        if (principal instanceof StaffPrincipal) {
            return "redirect:" + BackofficePaths.HOME;
        }

        model.addAttribute("pageTitle", "backoffice.login.pageTitle");
        LoginFailure failure = LoginFailure.take(request);
        if (failure != null) {
            model.addAttribute("username", failure.login());
            String key = staffKey(failure.messageKey(), locale);
            model.addAttribute("error", this.messages.get(key, locale, failure.minutes()));
        }
        else if (request.getParameterMap().containsKey(LOGGED_OUT)) {
            model.addAttribute("notice", this.messages.get("backoffice.login.loggedOut", locale));
        }
        else if (request.getParameterMap().containsKey(SecurityConfiguration.STAFF_DISABLED)) {
            model.addAttribute("error", this.messages.get("backoffice.login.error.suspended", locale));
        }
        else if (request.getParameterMap().containsKey(SecurityConfiguration.STAFF_SESSION_ENDED)) {
            model.addAttribute("notice", this.messages.get("backoffice.login.sessionEnded", locale));
        }
        return "backoffice:login";
    }

    /**
     * The staff wording of a login failure: the members' texts send them to a password
     * reset page that staff do not have.
     */
    private String staffKey(String key, Locale locale) {
        if (!key.startsWith(MEMBER_TEXTS)) {
            return key;
        }
        String staffKey = "backoffice.login." + key.substring(MEMBER_TEXTS.length());
        return this.messages.has(staffKey, locale) ? staffKey : key;
    }

}
