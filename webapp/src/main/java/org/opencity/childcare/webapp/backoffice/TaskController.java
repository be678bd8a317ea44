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
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.IllegalAdTransitionException;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.moderation.AlreadyDecidedException;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.moderation.TaskNotFoundException;
import org.opencity.childcare.moderation.TaskType;
import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.registration.RegistrationInbox.Details;
import org.opencity.childcare.registration.RegistrationService;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.backoffice.BackofficeAds.Review;
import org.opencity.childcare.webapp.security.StaffPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;

/**
 * One inbox task: a registration (the applicant's data and documents) or an ad to review
 * (the ad as residents would see it), then the webmaster's claim and decision. A decision
 * that comes too late (someone else decided first) is refused with an explanation on the
 * task page, which then shows the decision taken. A report has its own page, which the
 * task's address leads to.
 */
@Controller
class TaskController {

    /** Redirects expand {@code {id}} from the request's own path. */
    private static final String TO_TASK = "redirect:" + BackofficePaths.TASK;

    private static final String TO_INBOX = "redirect:" + BackofficePaths.INBOX;

    private static final String TO_REPORT = "redirect:" + BackofficePaths.REPORT;

    private final RegistrationInbox inbox;

    private final RegistrationService registrations;

    private final TaskViews views;

    private final BackofficeAds ads;

    private final BackofficeAdViews adViews;

    private final AdService adService;

    private final Messages messages;

    TaskController(RegistrationInbox inbox, RegistrationService registrations, TaskViews views, BackofficeAds ads,
            BackofficeAdViews adViews, AdService adService, Messages messages) {
        this.inbox = inbox;
        this.registrations = registrations;
        this.views = views;
        this.ads = ads;
        this.adViews = adViews;
        this.adService = adService;
        this.messages = messages;
    }

    @GetMapping(BackofficePaths.TASK)
    String task(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        return switch (type(id)) {
            case REGISTRATION -> show(details(id), staff, List.of(), "", Map.of(), model, locale);
            case AD_REVIEW -> showReview(review(id), staff, "", Map.of(), model, locale);
            case REPORT -> TO_REPORT;
        };
    }

    @PostMapping(BackofficePaths.CLAIM)
    String claim(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect,
            Locale locale) {
        type(id);

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
        if (type(id) == TaskType.AD_REVIEW) {
            return publish(id, staff, redirect, locale);
        }
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
        if (type(id) == TaskType.AD_REVIEW) {
            return refuse(id, reason, staff, model, redirect, locale, response);
        }
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

    /** Publishes the ad under review; the owner sees it in their ads. */
    private String publish(String id, StaffPrincipal staff, RedirectAttributes redirect, Locale locale) {
        if (review(id).task().isDecided()) {
            return alreadyDecided(redirect, locale);
        }

        Ad published;
        try {
            published = this.adService.approve(id, StaffNames.of(staff));
        }
        catch (AlreadyDecidedException | IllegalAdTransitionException ex) {
            return alreadyDecided(redirect, locale);
        }

        notice(redirect, text("backoffice.flash.adApproved", locale, published.content().title()));
        return TO_INBOX;
    }

    /** Refuses the ad under review; the reason is mailed to its owner. */
    private String refuse(String id, @Nullable String reason, StaffPrincipal staff, Model model,
            RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Review review = review(id);
        if (review.task().isDecided()) {
            return alreadyDecided(redirect, locale);
        }

        Ad rejected;
        try {
            rejected = this.adService.reject(id, StaffNames.of(staff), reason);
        }
        catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> errors = FormErrors.translate(ex.errors(), this.messages, locale);
            return showReview(review, staff, (reason != null) ? reason : "", errors, model, locale);
        }
        catch (AlreadyDecidedException | IllegalAdTransitionException ex) {
            return alreadyDecided(redirect, locale);
        }

        notice(redirect, text("backoffice.flash.adRejected", locale, rejected.content().title()));
        return TO_INBOX;
    }

    /** What the task is about; a 404 for an unknown or malformed id. */
    private TaskType type(String id) {
        return this.ads.task(id).map(Task::type).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Details details(String id) {
        return this.inbox.details(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Review review(String id) {
        return this.ads.review(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String showReview(Review review, StaffPrincipal staff, String reason, Map<String, String> errors,
            Model model, Locale locale) {
        model.addAttribute("pageTitle", "backoffice.review.pageTitle");
        model.addAttribute("task", this.adViews.review(review, StaffNames.of(staff), locale));
        model.addAttribute("reason", reason);
        model.addAttribute("reasonMax", AdService.REASON_MAX);
        model.addAttribute("errors", errors);
        model.addAttribute("inboxPath", BackofficePaths.INBOX);
        return "backoffice:adReview";
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
