package org.opencity.childcare.webapp.backoffice;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.security.StaffAccount;
import org.opencity.childcare.webapp.security.StaffAccounts;
import org.opencity.childcare.webapp.security.StaffActionRefusedException;
import org.opencity.childcare.webapp.security.StaffAdministration;
import org.opencity.childcare.webapp.security.StaffPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;

/**
 * The staff accounts, for webmasters: the list, adding an account (its first password
 * shown once), and on a colleague's page a new password, a second factor reset (each
 * after a page that asks to check who is asking), disabling and re-enabling. A refused
 * change (one's own account, the last active webmaster, a colleague who changed the
 * account meanwhile) answers 409 on the account's page, saying why.
 */
@Controller
class StaffController {

    /** Redirects expand {@code {username}} from the request's own path. */
    private static final String TO_ACCOUNT = "redirect:" + BackofficePaths.STAFF_ACCOUNT;

    /** The flash attribute holding a password to show once on the account's page. */
    private static final String NEW_PASSWORD = "newPassword";

    private final StaffAccounts accounts;

    private final StaffAdministration administration;

    private final StaffViews views;

    private final Messages messages;

    StaffController(StaffAccounts accounts, StaffAdministration administration, StaffViews views, Messages messages) {
        this.accounts = accounts;
        this.administration = administration;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping(BackofficePaths.STAFF)
    String list(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        model.addAttribute("pageTitle", "backoffice.staff.pageTitle");
        model.addAttribute("accounts", this.views.rows(this.accounts.list(), staff.getUsername(), locale));
        model.addAttribute("you", staff.account().displayName());
        model.addAttribute("yourUsername", staff.getUsername());
        model.addAttribute("newPath", BackofficePaths.NEW_STAFF);
        return "backoffice:staff";
    }

    @GetMapping(BackofficePaths.NEW_STAFF)
    String newAccount(Model model, Locale locale) {
        return form("", "", "", Map.of(), model, locale);
    }

    @PostMapping(BackofficePaths.NEW_STAFF)
    String create(@RequestParam(name = StaffAdministration.USERNAME, required = false) @Nullable String username,
            @RequestParam(name = StaffAdministration.DISPLAY_NAME, required = false) @Nullable String displayName,
            @RequestParam(name = StaffAdministration.ROLE, required = false) @Nullable String role,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect, Locale locale,
            HttpServletResponse response) {
        StaffAdministration.NewAccount created;
        try {
            created = this.administration.create(staff.getUsername(), username, displayName, role);
        }
        catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(username, displayName, role, FormErrors.translate(ex.errors(), this.messages, locale), model,
                    locale);
        }

        redirect.addFlashAttribute(NEW_PASSWORD, created.password());
        redirect.addFlashAttribute("notice",
                this.messages.get("backoffice.staff.flash.created", locale, created.account().displayName()));
        return "redirect:" + StaffViews.path(created.account().username());
    }

    @GetMapping(BackofficePaths.STAFF_ACCOUNT)
    String account(@PathVariable String username, @AuthenticationPrincipal StaffPrincipal staff, Model model,
            Locale locale) {
        return show(account(username), staff, model, locale);
    }

    @GetMapping(BackofficePaths.STAFF_PASSWORD)
    String confirmNewPassword(@PathVariable String username, @AuthenticationPrincipal StaffPrincipal staff, Model model,
            Locale locale, HttpServletResponse response) {
        return confirmation(account(username), staff, "password", BackofficePaths.STAFF_PASSWORD, model, locale,
                response);
    }

    @PostMapping(BackofficePaths.STAFF_PASSWORD)
    String newPassword(@PathVariable String username, @AuthenticationPrincipal StaffPrincipal staff, Model model,
            RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        StaffAccount account = account(username);
        String password;
        try {
            password = this.administration.newPassword(staff.getUsername(), account.username());
        }
        catch (StaffActionRefusedException ex) {
            return refused(ex, account, staff, model, locale, response);
        }

        redirect.addFlashAttribute(NEW_PASSWORD, password);
        return done("backoffice.staff.flash.newPassword", account, redirect, locale);
    }

    @GetMapping(BackofficePaths.STAFF_SECOND_FACTOR)
    String confirmSecondFactorReset(@PathVariable String username, @AuthenticationPrincipal StaffPrincipal staff,
            Model model, Locale locale, HttpServletResponse response) {
        return confirmation(account(username), staff, "secondFactor", BackofficePaths.STAFF_SECOND_FACTOR, model,
                locale, response);
    }

    @PostMapping(BackofficePaths.STAFF_SECOND_FACTOR)
    String resetSecondFactor(@PathVariable String username, @AuthenticationPrincipal StaffPrincipal staff, Model model,
            RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        return act(username, staff, this.administration::resetSecondFactor, "backoffice.staff.flash.secondFactorReset",
                model, redirect, locale, response);
    }

    @PostMapping(BackofficePaths.STAFF_DISABLE)
    String disable(@PathVariable String username, @AuthenticationPrincipal StaffPrincipal staff, Model model,
            RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        return act(username, staff, this.administration::disable, "backoffice.staff.flash.disabled", model, redirect,
                locale, response);
    }

    @PostMapping(BackofficePaths.STAFF_ENABLE)
    String enable(@PathVariable String username, @AuthenticationPrincipal StaffPrincipal staff, Model model,
            RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        return act(username, staff, this.administration::enable, "backoffice.staff.flash.enabled", model, redirect,
                locale, response);
    }

    /**
     * Applies a webmaster's change to a colleague's account, then shows the account with
     * a confirmation, or, if refused, with the reason and the account as it now stands.
     */
    private String act(String username, StaffPrincipal staff, Change change, String doneKey, Model model,
            RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        StaffAccount account = account(username);
        try {
            change.apply(staff.getUsername(), account.username());
        }
        catch (StaffActionRefusedException ex) {
            return refused(ex, account(username), staff, model, locale, response);
        }
        return done(doneKey, account, redirect, locale);
    }

    private StaffAccount account(String username) {
        return this.accounts.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(@Nullable String username, @Nullable String displayName, @Nullable String role,
            Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("pageTitle", "backoffice.staff.new.pageTitle");
        model.addAttribute("username", (username != null) ? username : "");
        model.addAttribute("displayName", (displayName != null) ? displayName : "");
        model.addAttribute("role", (role != null) ? role : "");
        model.addAttribute("roleOptions", this.views.roleOptions(locale));
        model.addAttribute("usernameMin", StaffAdministration.USERNAME_MIN);
        model.addAttribute("usernameMax", StaffAdministration.USERNAME_MAX);
        model.addAttribute("displayNameMax", StaffAdministration.DISPLAY_NAME_MAX);
        model.addAttribute("errors", errors);
        model.addAttribute("action", BackofficePaths.NEW_STAFF);
        model.addAttribute("listPath", BackofficePaths.STAFF);
        return "backoffice:staffForm";
    }

    private String show(StaffAccount account, StaffPrincipal staff, Model model, Locale locale) {
        String username = account.username();
        model.addAttribute("pageTitle", "backoffice.staff.account.pageTitle");
        model.addAttribute("account", this.views.row(account, staff.getUsername(), locale));
        model.addAttribute("listPath", BackofficePaths.STAFF);
        model.addAttribute("securityPath", BackofficePaths.SECURITY);
        model.addAttribute("passwordPath", StaffViews.path(BackofficePaths.STAFF_PASSWORD, username));
        model.addAttribute("secondFactorPath", StaffViews.path(BackofficePaths.STAFF_SECOND_FACTOR, username));
        model.addAttribute("disablePath", StaffViews.path(BackofficePaths.STAFF_DISABLE, username));
        model.addAttribute("enablePath", StaffViews.path(BackofficePaths.STAFF_ENABLE, username));
        return "backoffice:staffAccount";
    }

    /**
     * The page that asks to check the request really comes from the colleague before a
     * change that gives their account to whoever has the new password or phone.
     */
    private String confirmation(StaffAccount account, StaffPrincipal staff, String kind, String action, Model model,
            Locale locale, HttpServletResponse response) {
        if (account.username().equals(staff.getUsername())) {
            return refused(new StaffActionRefusedException(StaffActionRefusedException.Reason.OWN_ACCOUNT), account,
                    staff, model, locale, response);
        }
        model.addAttribute("pageTitle", "backoffice.staff." + kind + ".pageTitle");
        model.addAttribute("kind", kind);
        model.addAttribute("account", this.views.row(account, staff.getUsername(), locale));
        model.addAttribute("action", StaffViews.path(action, account.username()));
        model.addAttribute("accountPath", StaffViews.path(account.username()));
        return "backoffice:staffConfirmation";
    }

    private String done(String key, StaffAccount account, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("notice", this.messages.get(key, locale, account.displayName()));
        return TO_ACCOUNT;
    }

    private String refused(StaffActionRefusedException ex, StaffAccount account, StaffPrincipal staff, Model model,
            Locale locale, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("error", this.messages.get("backoffice.staff.refused." + ex.reason().name(), locale));
        return show(account, staff, model, locale);
    }

    /** A change a webmaster makes to a colleague's account. */
    @FunctionalInterface
    private interface Change {

        void apply(String actor, String username);

    }

}
