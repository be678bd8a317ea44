package org.opencity.childcare.webapp.site;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.token.InvalidTokenException;
import org.opencity.childcare.token.TokenPurpose;
import org.opencity.childcare.token.TokenState;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.web.FormErrors;

/**
 * Choosing a password from a mailed link (activation or reset; the sessions opened with
 * the old password then end at their next request), and asking for such a link. Opening a
 * link shows the form without using the link up, so that mail scanners that follow links
 * do not spend it; only sending the form does.
 */
@Controller
class PasswordController {

    private static final String TOKEN = PublicLinks.TOKEN_PARAMETER;

    private final AccountService accounts;

    private final Messages messages;

    PasswordController(AccountService accounts, Messages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping(SitePaths.ACTIVATION)
    String activationForm(@RequestParam(name = TOKEN, required = false) @Nullable String token, Model model,
            HttpServletResponse response) {
        return form(TokenPurpose.ACTIVATION, token, Map.of(), model, response);
    }

    @PostMapping(SitePaths.ACTIVATION)
    String activate(@RequestParam(name = TOKEN, required = false) @Nullable String token,
            @RequestParam(required = false) @Nullable String password,
            @RequestParam(required = false) @Nullable String confirmation, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        return choose(TokenPurpose.ACTIVATION, token, password, confirmation, model, locale, response, redirect);
    }

    @GetMapping(SitePaths.NEW_PASSWORD)
    String resetForm(@RequestParam(name = TOKEN, required = false) @Nullable String token, Model model,
            HttpServletResponse response) {
        return form(TokenPurpose.PASSWORD_RESET, token, Map.of(), model, response);
    }

    @PostMapping(SitePaths.NEW_PASSWORD)
    String reset(@RequestParam(name = TOKEN, required = false) @Nullable String token,
            @RequestParam(required = false) @Nullable String password,
            @RequestParam(required = false) @Nullable String confirmation, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        return choose(TokenPurpose.PASSWORD_RESET, token, password, confirmation, model, locale, response, redirect);
    }

    @GetMapping(SitePaths.FORGOTTEN_PASSWORD)
    String forgotten(Model model) {
        model.addAttribute("pageTitle", "childcare.forgotten.pageTitle");
        return "site:forgottenPassword";
    }

    @PostMapping(SitePaths.FORGOTTEN_PASSWORD)
    String requestLink(@RequestParam(required = false) @Nullable String login, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (login == null || login.isBlank()) {
            response.setStatus(422);
            model.addAttribute("pageTitle", "childcare.forgotten.pageTitle");
            model.addAttribute("errors", Map.of("login", this.messages.get("childcare.validation.required", locale)));
            return "site:forgottenPassword";
        }
        this.accounts.requestPasswordReset(login);
        redirect.addFlashAttribute("sent", true);
        return "redirect:" + SitePaths.FORGOTTEN_PASSWORD;
    }

    private String choose(TokenPurpose purpose, @Nullable String token, @Nullable String password,
            @Nullable String confirmation, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Member member = this.accounts.choosePassword(purpose, token, password, confirmation);
            redirect.addFlashAttribute("identifier", member.identifier());
            return "redirect:" + SitePaths.LOGIN;
        }
        catch (InvalidInputException ex) {
            response.setStatus(422);
            return form(purpose, token, FormErrors.translate(ex.errors(), this.messages, locale), model, response);
        }
        catch (InvalidTokenException ex) {
            return LinkProblems.show(ex.state(), LinkProblems.Purpose.PASSWORD, model, response);
        }
    }

    private String form(TokenPurpose purpose, @Nullable String token, Map<String, String> errors, Model model,
            HttpServletResponse response) {
        Optional<Member> member = this.accounts.memberOfLink(purpose, token);
        if (member.isEmpty()) {
            return LinkProblems.show(this.accounts.checkLink(purpose, token), LinkProblems.Purpose.PASSWORD, model,
                    response);
        }
        model.addAttribute("pageTitle", "childcare.password.pageTitle");
        model.addAttribute("activation", purpose == TokenPurpose.ACTIVATION);
        model.addAttribute("action",
                (purpose == TokenPurpose.ACTIVATION) ? SitePaths.ACTIVATION : SitePaths.NEW_PASSWORD);
        model.addAttribute("token", token);
        model.addAttribute("firstName", member.get().profile().firstName());
        model.addAttribute("identifier", member.get().identifier());
        model.addAttribute("errors", errors);
        return "site:choosePassword";
    }

}
