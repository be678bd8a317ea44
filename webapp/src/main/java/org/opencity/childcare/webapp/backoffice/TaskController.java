package org.opencity.childcare.webapp.backoffice;

import java.util.Collection;
import java.util.List;
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
import org.opencity.childcare.member.Member;
import org.opencity.childcare.moderation.AlreadyDecidedException;
import org.opencity.childcare.moderation.TaskNotFoundException;
import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.registration.RegistrationInbox.Details;
import org.opencity.childcare.registration.RegistrationService;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.security.StaffPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;

/**
 * One registration task: the applicant's data and documents, then the webmaster's claim
 * and decision. A decision that comes too late (someone else decided first) is refused
 * with an explanation on the task page, which then shows the decision taken.
 */
@Controller
class TaskController {

    /** Redirects expand {@code {id}} from the request's own path. */
    private static final String TO_TASK = "redirect:" + BackofficePaths.TASK;

    private static final String TO_INBOX = "redirect:" + BackofficePaths.INBOX;

    private final RegistrationInbox inbox;

    private final RegistrationService registrations;

    private final TaskViews views;

    private final Messages messages;

    TaskController(RegistrationInbox inbox, RegistrationService registrations, TaskViews views, Messages messages) {
        this.inbox = inbox;
        this.registrations = registrations;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping(BackofficePaths.TASK)
    String task(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        return show(details(id), staff, List.of(), "", Map.of(), model, locale);
    }

    @PostMapping(BackofficePaths.CLAIM)
    String claim(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect,
            Locale locale) {
        details(id);

        try {
            this.inbox.claim(id, StaffNames.of(staff));
        }
        catch (TaskNotFoundException ex) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        catch (AlreadyDecidedException ex) {
            return alreadyDecided(redirect, locale);
        }

        notice(redirect, text("backoffice.flash.claimed", locale));
        return TO_TASK;
    }

    @PostMapping(BackofficePaths.APPROVE)
    String approve(@PathVariable String id,
            @RequestParam(name = "checks", required = false) @Nullable List<String> checks,
            @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect, Locale locale) {
        Details details = details(id);
        if (details.task().isDecided()) {
            return alreadyDecided(redirect, locale);
        }
        List<String> kept = VerificationCheck.keep(checks, details.member().profile());

        Member approved;
        try {
            approved = this.registrations.approve(id, StaffNames.of(staff), kept);
        }
        catch (AlreadyDecidedException ex) {
            return alreadyDecided(redirect, locale);
        }

        String name = TaskViews.shortName(approved);
        notice(redirect, text("backoffice.flash.approved", locale, name, approved.identifier()));
        return TO_INBOX;
    }

    @PostMapping(BackofficePaths.REJECT)
    String reject(@PathVariable String id, @RequestParam(name = "reason", required = false) @Nullable String reason,
            @RequestParam(name = "checks", required = false) @Nullable List<String> checks,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect, Locale locale,
            HttpServletResponse response) {
        Details details = details(id);
        if (details.task().isDecided()) {
            return alreadyDecided(redirect, locale);
        }
        List<String> kept = VerificationCheck.keep(checks, details.member().profile());

        Member rejected;
        try {
            rejected = this.registrations.reject(id, StaffNames.of(staff), reason, kept);
        }
        catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> errors = FormErrors.translate(ex.errors(), this.messages, locale);
            String typed = (reason != null) ? reason : "";
            return show(details, staff, kept, typed, errors, model, locale);
        }
        catch (AlreadyDecidedException ex) {
            return alreadyDecided(redirect, locale);
        }

        notice(redirect, text("backoffice.flash.rejected", locale, TaskViews.shortName(rejected)));
        return TO_INBOX;
    }

    private Details details(String id) {
        return this.inbox.details(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String show(Details details, StaffPrincipal staff, Collection<String> checks, String reason,
            Map<String, String> errors, Model model, Locale locale) {
        TaskView task = this.views.task(details, StaffNames.of(staff), checks, locale);
        model.addAttribute("pageTitle", "backoffice.task.pageTitle");
        model.addAttribute("task", task);
        model.addAttribute("reason", reason);
        model.addAttribute("reasonMax", RegistrationService.REASON_MAX);
        model.addAttribute("errors", errors);
        model.addAttribute("inboxPath", BackofficePaths.INBOX);
        return "backoffice:task";
    }

    private String alreadyDecided(RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("error", text("backoffice.flash.alreadyDecided", locale));
        return TO_TASK;
    }

    private static void notice(RedirectAttributes redirect, String text) {
        redirect.addFlashAttribute("notice", text);
    }

    private String text(String key, Locale locale, Object... args) {
        return this.messages.get(key, locale, args);
    }

}
