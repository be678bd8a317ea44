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
import org.opencity.childcare.member.IllegalTransitionException;
import org.opencity.childcare.member.MemberNotFoundException;
import org.opencity.childcare.member.MemberStatus;
import org.opencity.childcare.suspension.MemberSuspensions;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.backoffice.BackofficeMembers.Filter;
import org.opencity.childcare.webapp.backoffice.BackofficeMembers.Found;
import org.opencity.childcare.webapp.backoffice.BackofficeMembers.Record;
import org.opencity.childcare.webapp.security.StaffPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;

/**
 * Every member for webmasters, whatever their status: the list, searched by identifier,
 * name or e-mail address and filtered by status; one member with their account's life,
 * their ads and their history; suspending an active member for a reason mailed to them,
 * and reactivating a suspended one. A change that comes too late (another webmaster
 * suspended or reactivated the member meanwhile) is refused with an explanation on the
 * member's page.
 */
@Controller
class BackofficeMembersController {

    /** Redirects expand {@code {id}} from the request's own path. */
    private static final String TO_MEMBER = "redirect:" + BackofficePaths.MEMBER;

    private final BackofficeMembers members;

    private final BackofficeMemberViews views;

    private final MemberSuspensions suspensions;

    private final Messages messages;

    BackofficeMembersController(BackofficeMembers members, BackofficeMemberViews views, MemberSuspensions suspensions,
            Messages messages) {
        this.members = members;
        this.views = views;
        this.suspensions = suspensions;
        this.messages = messages;
    }

    @GetMapping(BackofficePaths.MEMBERS)
    String list(@RequestParam(name = BackofficeLists.STATUS, required = false) @Nullable String status,
            @RequestParam(name = BackofficeLists.TEXT, required = false) @Nullable String text,
            @RequestParam(name = BackofficeLists.PAGE, required = false) @Nullable String page, Model model,
            Locale locale) {
        MemberStatus chosen = BackofficeLists.status(MemberStatus.class, status);
        String typed = BackofficeLists.text(text);

        Found found = this.members.search(new Filter(chosen, typed), BackofficeLists.page(page));

        model.addAttribute("pageTitle", "backoffice.members.pageTitle");
        model.addAttribute("members", this.views.rows(found.members(), locale));
        BackofficeLists.describe(model, BackofficePaths.MEMBERS, chosen, typed, found.total(), found.page(),
                found.pages());
        model.addAttribute("statusOptions", this.views.statusOptions(locale));
        model.addAttribute("inboxPath", BackofficePaths.INBOX);
        return "backoffice:members";
    }

    @GetMapping(BackofficePaths.MEMBER)
    String member(@PathVariable String id, Model model, Locale locale) {
        return show(record(id), "", Map.of(), model, locale);
    }

    @PostMapping(BackofficePaths.SUSPEND)
    String suspend(@PathVariable String id, @RequestParam(name = "reason", required = false) @Nullable String reason,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect, Locale locale,
            HttpServletResponse response) {
        Record record = record(id);
        try {
            this.suspensions.suspend(id, StaffNames.of(staff), reason);
        }
        catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> errors = FormErrors.translate(ex.errors(), this.messages, locale);
            return show(record, (reason != null) ? reason : "", errors, model, locale);
        }
        catch (IllegalTransitionException ex) {
            return refused("backoffice.flash.memberNotSuspendable", redirect, locale);
        }
        catch (MemberNotFoundException ex) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", this.messages.get("backoffice.flash.memberSuspended", locale));
        return TO_MEMBER;
    }

    @PostMapping(BackofficePaths.REACTIVATE)
    String reactivate(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal staff,
            RedirectAttributes redirect, Locale locale) {
        record(id);
        try {
            this.suspensions.reactivate(id, StaffNames.of(staff));
        }
        catch (IllegalTransitionException ex) {
            return refused("backoffice.flash.memberNotReactivable", redirect, locale);
        }
        catch (MemberNotFoundException ex) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", this.messages.get("backoffice.flash.memberReactivated", locale));
        return TO_MEMBER;
    }

    private Record record(String id) {
        return this.members.member(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String show(Record record, String reason, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("pageTitle", "backoffice.member.pageTitle");
        model.addAttribute("member", this.views.details(record, locale));
        model.addAttribute("reason", reason);
        model.addAttribute("reasonMax", MemberSuspensions.REASON_MAX);
        model.addAttribute("errors", errors);
        model.addAttribute("listPath", BackofficePaths.MEMBERS);
        return "backoffice:member";
    }

    private String refused(String key, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("error", this.messages.get(key, locale));
        return TO_MEMBER;
    }

}
