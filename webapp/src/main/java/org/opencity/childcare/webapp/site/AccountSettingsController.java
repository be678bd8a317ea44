package org.opencity.childcare.webapp.site;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.EmailChanges;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.PendingEmailChange;
import org.opencity.childcare.member.WrongPasswordException;
import org.opencity.childcare.token.InvalidTokenException;
import org.opencity.childcare.token.TokenState;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.security.MemberPrincipal;
import org.opencity.childcare.webapp.security.SignedInSessions;
import org.opencity.childcare.webapp.security.PasswordRechecks;
import org.opencity.childcare.webapp.web.FormErrors;

/**
 * A member's login settings in "my account": a new password, and a new e-mail address
 * confirmed from the link mailed to it. Both forms ask for the current password, and a
 * wrong one counts as a failed login ({@link PasswordRechecks}).
 */
@Controller
class AccountSettingsController {

    /** The flag of my account's notice after a new password. */
    static final String PASSWORD_CHANGED = "mot-de-passe-modifie";

    /** The flag of my account's notice after asking for a new e-mail address. */
    static final String EMAIL_REQUESTED = "adresse-demandee";

    private final AccountService accounts;

    private final EmailChanges emailChanges;

    private final SignedInMembers signedIn;

    private final PasswordRechecks rechecks;

    private final SignedInSessions sessions;

    private final Messages messages;

    AccountSettingsController(AccountService accounts, EmailChanges emailChanges, SignedInMembers signedIn,
            PasswordRechecks rechecks, SignedInSessions sessions, Messages messages) {
        this.accounts = accounts;
        this.emailChanges = emailChanges;
        this.signedIn = signedIn;
        this.rechecks = rechecks;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping(SitePaths.CHANGE_PASSWORD)
    String passwordForm(@AuthenticationPrincipal MemberPrincipal principal, Model model) {
        return passwordPage(this.signedIn.active(principal), Map.of(), model);
    }

    /**
     * Changes the password; the session continues under a new id and the member's other
     * sessions end. Anything refused leaves the password as it was and says why, the
     * passwords typed never shown again.
     */
    @PostMapping(SitePaths.CHANGE_PASSWORD)
    String changePassword(@AuthenticationPrincipal MemberPrincipal principal,
            @RequestParam(required = false) @Nullable String currentPassword,
            @RequestParam(required = false) @Nullable String newPassword,
            @RequestParam(required = false) @Nullable String confirmation, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        Member member = this.signedIn.active(principal);
        Duration wait = this.rechecks.waitBefore(member, request);
        if (!wait.isZero()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return passwordPage(member, Map.of("currentPassword", Throttling.message(wait, this.messages, locale)),
                    model);
        }
        try {
            this.accounts.changePassword(member.id(), currentPassword, newPassword, confirmation);
        }
        catch (InvalidInputException ex) {
            refused(ex, member, request, response);
            return passwordPage(member, FormErrors.translate(ex.errors(), this.messages, locale), model);
        }

        this.rechecks.succeeded(member, request);
        this.sessions.signIn(principal.renewed(this.signedIn.active(principal)), request, response);
        return "redirect:" + SitePaths.ACCOUNT + "?" + PASSWORD_CHANGED;
    }

    @GetMapping(SitePaths.CHANGE_EMAIL)
    String emailForm(@AuthenticationPrincipal MemberPrincipal principal, Model model) {
        return emailPage(this.signedIn.active(principal), null, Map.of(), model);
    }

    /**
     * Mails the confirmation link to the new address; my account then shows the change as
     * pending. Anything refused records nothing and keeps the address typed.
     */
    @PostMapping(SitePaths.CHANGE_EMAIL)
    String requestEmailChange(@AuthenticationPrincipal MemberPrincipal principal,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String password, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        Member member = this.signedIn.active(principal);
        Duration wait = this.rechecks.waitBefore(member, request);
        if (!wait.isZero()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return emailPage(member, email, Map.of("password", Throttling.message(wait, this.messages, locale)), model);
        }
        try {
            this.emailChanges.request(member.id(), email, password);
        }
        catch (InvalidInputException ex) {
            refused(ex, member, request, response);
            return emailPage(member, email, FormErrors.translate(ex.errors(), this.messages, locale), model);
        }

        this.rechecks.succeeded(member, request);
        return "redirect:" + SitePaths.ACCOUNT + "?" + EMAIL_REQUESTED;
    }

    /**
     * The link mailed to the new address: shows the address and a button, without using
     * the link, so that mail scanners which open every link change nothing.
     */
    @GetMapping(SitePaths.CONFIRM_EMAIL)
    String confirmationForm(@RequestParam(name = PublicLinks.TOKEN_PARAMETER, required = false) @Nullable String token,
            Model model, HttpServletResponse response) {
        Optional<PendingEmailChange> change = this.emailChanges.changeOfLink(token);
        if (change.isEmpty()) {
            return LinkProblems.show(this.emailChanges.linkState(token), LinkProblems.Purpose.EMAIL_CHANGE, model,
                    response);
        }
        model.addAttribute("pageTitle", "childcare.emailConfirm.pageTitle");
        model.addAttribute("email", change.get().email());
        model.addAttribute("token", token);
        return "site:emailChangeConfirm";
    }

    @PostMapping(SitePaths.CONFIRM_EMAIL)
    String confirm(@RequestParam(name = PublicLinks.TOKEN_PARAMETER, required = false) @Nullable String token,
            Model model, Locale locale, HttpServletResponse response) {
        Member member;
        try {
            member = this.emailChanges.confirm(token);
        }
        catch (InvalidTokenException ex) {
            return LinkProblems.show(ex.state(), LinkProblems.Purpose.EMAIL_CHANGE, model, response);
        }
        catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("pageTitle", "childcare.emailConfirm.pageTitle");
            model.addAttribute("refusal", FormErrors.translate(ex.errors(), this.messages, locale).get("email"));
            return "site:emailChangeConfirm";
        }
        model.addAttribute("pageTitle", "childcare.emailConfirm.pageTitle");
        model.addAttribute("email", member.profile().email());
        model.addAttribute("confirmed", true);
        return "site:emailChangeConfirm";
    }

    /** A wrong password counts as a failed login; every refusal answers 422. */
    private void refused(InvalidInputException ex, Member member, HttpServletRequest request,
            HttpServletResponse response) {
        if (ex instanceof WrongPasswordException) {
            this.rechecks.failed(member, request);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }

    private static String passwordPage(Member member, Map<String, String> errors, Model model) {
        model.addAttribute("pageTitle", "childcare.passwordChange.pageTitle");
        model.addAttribute("identifier", member.identifier());
        model.addAttribute("errors", errors);
        return "site:passwordChange";
    }

    private String emailPage(Member member, @Nullable String typed, Map<String, String> errors, Model model) {
        model.addAttribute("pageTitle", "childcare.emailChange.pageTitle");
        model.addAttribute("currentEmail", member.profile().email());
        this.emailChanges.pending(member.id())
            .ifPresent((change) -> model.addAttribute("pendingEmail", change.email()));
        model.addAttribute("email", typed);
        model.addAttribute("errors", errors);
        return "site:emailChange";
    }

}
