package org.opencity.childcare.webapp.backoffice;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.member.WrongPasswordException;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.security.LoginThrottle;
import org.opencity.childcare.webapp.security.PasswordRechecks;
import org.opencity.childcare.webapp.security.SignedInSessions;
import org.opencity.childcare.webapp.security.StaffAccount;
import org.opencity.childcare.webapp.security.StaffPasswords;
import org.opencity.childcare.webapp.security.StaffPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;

/**
 * A staff member changes their own password on their security page, typing the current
 * one again: a wrong one counts as a failed login ({@link PasswordRechecks}). The session
 * continues under a new id; the account's other sessions end at their next request.
 */
@Controller
class OwnPasswordController {

    private final StaffPasswords passwords;

    private final PasswordRechecks rechecks;

    private final SignedInSessions sessions;

    private final SecurityPage page;

    private final Messages messages;

    OwnPasswordController(StaffPasswords passwords, PasswordRechecks rechecks, SignedInSessions sessions,
            SecurityPage page, Messages messages) {
        this.passwords = passwords;
        this.rechecks = rechecks;
        this.sessions = sessions;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping(BackofficePaths.OWN_PASSWORD)
    String change(@AuthenticationPrincipal StaffPrincipal staff,
            @RequestParam(name = StaffPasswords.CURRENT, required = false) @Nullable String currentPassword,
            @RequestParam(name = StaffPasswords.NEW, required = false) @Nullable String newPassword,
            @RequestParam(name = StaffPasswords.CONFIRMATION, required = false) @Nullable String confirmation,
            Model model, RedirectAttributes redirect, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        StaffAccount account = staff.account();
        Duration wait = this.rechecks.waitBefore(account, request);
        if (!wait.isZero()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            String throttled = this.messages.get("backoffice.login.error.throttled", locale,
                    LoginThrottle.minutes(wait));
            return this.page.show(staff, Map.of(), Map.of(StaffPasswords.CURRENT, throttled), model);
        }
        StaffAccount changed;
        try {
            changed = this.passwords.change(staff.getUsername(), currentPassword, newPassword, confirmation);
        }
        catch (InvalidInputException ex) {
            if (ex instanceof WrongPasswordException) {
                this.rechecks.failed(account, request);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return this.page.show(staff, Map.of(), FormErrors.translate(ex.errors(), this.messages, locale), model);
        }

        this.rechecks.succeeded(account, request);
        this.sessions.signIn(staff.renewed(changed), request, response);
        redirect.addFlashAttribute("notice", this.messages.get("backoffice.password.changed", locale));
        return "redirect:" + BackofficePaths.SECURITY;
    }

}
