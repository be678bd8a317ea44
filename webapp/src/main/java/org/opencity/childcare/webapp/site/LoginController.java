package org.opencity.childcare.webapp.site;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.webapp.security.LoginFailure;

/**
 * The members' login page; the login itself is handled by the security filter chain.
 */
@Controller
class LoginController {

    private final Messages messages;

    LoginController(Messages messages) {
        this.messages = messages;
    }

    /**
     * The page, with what the flags of its address say: {@code deconnexion} after a
     * logout, {@link SitePaths#SUSPENDED} when a session ended because the account is
     * suspended, {@link SitePaths#SESSION_ENDED} when it ended because the password
     * changed since it was opened. Flags come without a value, so their presence is what
     * counts.
     */
    @GetMapping(SitePaths.LOGIN)
    String login(HttpServletRequest request, Model model, Locale locale) {
        String identifier = (String) model.getAttribute("identifier");
        model.addAttribute("pageTitle", "childcare.login.pageTitle");
        LoginFailure failure = LoginFailure.take(request);
        if (failure != null) {
            model.addAttribute("login", failure.login());
            model.addAttribute("error", this.messages.get(failure.messageKey(), locale, failure.minutes()));
        }
        else if (identifier != null) {
            model.addAttribute("login", identifier);
            model.addAttribute("notice", this.messages.get("childcare.login.passwordChosen", locale, identifier));
        }
        else if (request.getParameterMap().containsKey(SitePaths.SUSPENDED)) {
            model.addAttribute("error", this.messages.get("childcare.login.error.suspended", locale));
        }
        else if (request.getParameterMap().containsKey(SitePaths.SESSION_ENDED)) {
            model.addAttribute("warning", this.messages.get("childcare.login.sessionEnded", locale));
        }
        else if (request.getParameterMap().containsKey("deconnexion")) {
            model.addAttribute("notice", this.messages.get("childcare.login.loggedOut", locale));
        }
        return "site:login";
    }

}
