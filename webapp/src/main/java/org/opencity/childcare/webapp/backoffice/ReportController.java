package org.opencity.childcare.webapp.backoffice;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.opencity.childcare.listing.AdNotFoundException;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.listing.IllegalAdTransitionException;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.moderation.AlreadyDecidedException;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.Decision;
import org.opencity.childcare.moderation.TaskNotFoundException;
import org.opencity.childcare.report.Report;
import org.opencity.childcare.report.ReportCase;
import org.opencity.childcare.report.ReportService;
import org.opencity.childcare.report.ReportStatus;
import org.opencity.childcare.report.ReportSubject;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.backoffice.TaskView.Field;
import org.opencity.childcare.webapp.backoffice.TaskView.HistoryRow;
import org.opencity.childcare.webapp.security.StaffPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;

/**
 * One member's report, by the id of its inbox task: who reported what and why, what is
 * reported, and the webmaster's decision, taken once: dismiss it, or (for an ad) remove
 * the ad for a reason mailed to its owner. A decision that comes too late is refused with
 * an explanation on the same page, which then shows the decision taken.
 */
@Controller
class ReportController {

    private static final Logger logger = LoggerFactory.getLogger(ReportController.class);

    static final String DISMISS = BackofficePaths.REPORT + "/classer";

    static final String REMOVE_AD = BackofficePaths.REPORT + "/retirer-annonce";

    private static final String TO_REPORT = "redirect:" + BackofficePaths.REPORT;

    private static final String TO_INBOX = "redirect:" + BackofficePaths.INBOX;

    private static final String REPORT = "backoffice.report.";

    private final ReportService reports;

    private final BackofficeFormats formats;

    private final Messages messages;

    ReportController(ReportService reports, BackofficeFormats formats, Messages messages) {
        this.reports = reports;
        this.formats = formats;
        this.messages = messages;
    }

    @GetMapping(BackofficePaths.REPORT)
    String report(@PathVariable String id, Model model, Locale locale) {
        return show(reportCase(id), new Typed("", ""), Map.of(), model, locale);
    }

    @PostMapping(DISMISS)
    String dismiss(@PathVariable String id, @RequestParam(name = "note", required = false) @Nullable String note,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect, Locale locale,
            HttpServletResponse response) {
        ReportCase found = reportCase(id);
        if (found.task().isDecided()) {
            return alreadyDecided(redirect, locale);
        }

        try {
            this.reports.dismiss(id, StaffNames.of(staff), note);
        }
        catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(found, new Typed(orEmpty(note), ""), FormErrors.translate(ex.errors(), this.messages, locale),
                    model, locale);
        }
        catch (AlreadyDecidedException | TaskNotFoundException ex) {
            return alreadyDecided(redirect, locale);
        }

        redirect.addFlashAttribute("notice", text(REPORT + "flash.dismissed", locale));
        return TO_INBOX;
    }

    @PostMapping(REMOVE_AD)
    String removeAd(@PathVariable String id, @RequestParam(name = "reason", required = false) @Nullable String reason,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect, Locale locale,
            HttpServletResponse response) {
        ReportCase found = reportCase(id);
        if (found.task().isDecided()) {
            return alreadyDecided(redirect, locale);
        }
        if (found.report().subject() != ReportSubject.AD) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }

        Report decided;
        try {
            decided = this.reports.removeAd(id, StaffNames.of(staff), reason);
        }
        catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(found, new Typed("", orEmpty(reason)), FormErrors.translate(ex.errors(), this.messages, locale),
                    model, locale);
        }
        catch (IllegalAdTransitionException | AdNotFoundException ex) {
            logger.info("Reported ad of task '{}' could not be removed: {}", id, ex.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("error", text(REPORT + "flash.adGone", locale));
            return show(reportCase(id), new Typed("", orEmpty(reason)), Map.of(), model, locale);
        }
        catch (AlreadyDecidedException | TaskNotFoundException ex) {
            return alreadyDecided(redirect, locale);
        }

        String title = (found.ad() != null) ? found.ad().content().title() : decided.subjectId();
        redirect.addFlashAttribute("notice", text(REPORT + "flash.adRemoved", locale, title));
        return TO_INBOX;
    }

    private ReportCase reportCase(String taskId) {
        return this.reports.findByTask(taskId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String show(ReportCase found, Typed typed, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("pageTitle", REPORT + "pageTitle");
        model.addAttribute("report", view(found, locale));
        model.addAttribute("note", typed.note());
        model.addAttribute("reason", typed.reason());
        model.addAttribute("noteMax", ReportService.NOTE_MAX);
        model.addAttribute("reasonMax", AdService.REASON_MAX);
        model.addAttribute("errors", errors);
        model.addAttribute("inboxPath", BackofficePaths.INBOX);
        return "backoffice:report";
    }

    private ReportView view(ReportCase found, Locale locale) {
        Report report = found.report();
        boolean aboutAd = report.subject() == ReportSubject.AD;
        String taskId = found.task().id();
        String reason = text("childcare.report.reason." + report.reason().name(), locale);
        List<Field> facts = List.of(field("reporter", locale, person(found.reporter(), locale)),
                field("receivedAt", locale, this.formats.dateTime(report.createdAt(), locale)),
                field("reason", locale, reason), field("details", locale,
                        (report.details() != null) ? report.details() : text(REPORT + "none", locale)));
        List<Field> subject = aboutAd ? adFacts(found, locale) : memberFacts(found.reported(), locale);
        Ad ad = found.ad();
        String adPath = (ad != null) ? TaskViews.path(BackofficePaths.ADS + "/{id}", ad.id()) : null;
        Member reported = found.reported();
        String memberPath = (reported != null) ? TaskViews.path(BackofficePaths.MEMBER, reported.id()) : null;
        List<String> adText = (ad != null) ? List.of(ad.content().text().split("\n")) : List.of();
        boolean removable = ad != null && !found.task().isDecided() && ad.status().next().contains(AdStatus.REMOVED);
        List<HistoryRow> history = found.history().stream().map((entry) -> history(entry, locale)).toList();
        return new ReportView(text(REPORT + "title." + report.subject().name(), locale),
                decision(report, found, locale), facts, subject, adText, adPath, memberPath, removable, history,
                TaskViews.path(DISMISS, taskId), TaskViews.path(REMOVE_AD, taskId));
    }

    private List<Field> adFacts(ReportCase found, Locale locale) {
        Ad ad = found.ad();
        if (ad == null) {
            return List.of(field("ad", locale, text(REPORT + "adDeleted", locale)));
        }
        return List.of(field("adTitle", locale, ad.content().title()),
                field("adStatus", locale, text("childcare.ad.status." + ad.status().name(), locale)),
                field("adOwner", locale, person(found.reported(), locale)));
    }

    private List<Field> memberFacts(@Nullable Member member, Locale locale) {
        if (member == null) {
            return List.of(field("member", locale, text(REPORT + "memberDeleted", locale)));
        }
        return List.of(field("member", locale, person(member, locale)),
                field("memberStatus", locale, text("childcare.member.status." + member.status().name(), locale)));
    }

    /** "Camille Martin (K7QM-2XPA)", for staff. */
    private String person(@Nullable Member member, Locale locale) {
        if (member == null) {
            return text(REPORT + "memberDeleted", locale);
        }
        String name = member.profile().firstName() + " " + member.profile().lastName();
        return (member.identifier() != null) ? text(REPORT + "person", locale, name, member.identifier()) : name;
    }

    private @Nullable String decision(Report report, ReportCase found, Locale locale) {
        if (report.isOpen() && !found.task().isDecided()) {
            return null;
        }
        Decision decision = found.task().decision();
        String by = (decision != null) ? decision.decidedBy() : "";
        String when = (decision != null) ? this.formats.dateTime(decision.decidedAt(), locale) : "";
        String note = (report.note() != null) ? report.note() : "";
        String key = (report.status() == ReportStatus.AD_REMOVED) ? "decided.adRemoved"
                : (report.note() != null) ? "decided.dismissedWithNote" : "decided.dismissed";
        return text(REPORT + key, locale, by, when, note);
    }

    private HistoryRow history(AuditEntry entry, Locale locale) {
        String at = this.formats.dateTime(entry.at(), locale);
        String action = this.messages.has("backoffice.audit." + entry.action(), locale)
                ? text("backoffice.audit." + entry.action(), locale) : entry.action();
        // The reporter is a member id: staff read "the reporter" instead.
        String actor = entry.action().equals("REPORT_RECEIVED") ? text(REPORT + "reporterActor", locale)
                : entry.actor();
        String detail = entry.action().equals("REPORT_RECEIVED") ? null : entry.detail();
        return new HistoryRow(at, entry.at().toString(), actor, action, detail);
    }

    private Field field(String name, Locale locale, String value) {
        return new Field(text(REPORT + "field." + name, locale), List.of(value));
    }

    private String alreadyDecided(RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("error", text(REPORT + "flash.alreadyDecided", locale));
        return TO_REPORT;
    }

    private String text(String key, Locale locale, Object... args) {
        return this.messages.get(key, locale, args);
    }

    private static String orEmpty(@Nullable String value) {
        return (value != null) ? value : "";
    }

    /** What the webmaster typed, kept when the page comes back with an error. */
    private record Typed(String note, String reason) {

    }

    /**
     * A report as its page shows it.
     *
     * @param decision the decision in words once taken; null while open
     * @param adText the reported ad's text, by paragraph; empty for a member
     * @param adPath the reported ad's back-office page, while the ad exists
     * @param memberPath the back-office page of the reported member or of the ad's owner,
     * where they may be suspended; null once their account is erased
     * @param removable whether the ad can still be removed
     */
    public record ReportView(String title, @Nullable String decision, List<Field> report, List<Field> subject,
            List<String> adText, @Nullable String adPath, @Nullable String memberPath, boolean removable,
            List<HistoryRow> history, String dismissPath, String removePath) {

        public boolean decided() {
            return this.decision != null;
        }

    }

}
