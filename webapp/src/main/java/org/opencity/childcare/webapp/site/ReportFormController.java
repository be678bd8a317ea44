package org.opencity.childcare.webapp.site;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

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

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.report.AlreadyReportedException;
import org.opencity.childcare.report.ReportReason;
import org.opencity.childcare.report.ReportRefusedException;
import org.opencity.childcare.report.ReportService;
import org.opencity.childcare.report.ReportSubject;
import org.opencity.childcare.report.ReportTarget;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.security.MemberPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;
import org.opencity.childcare.webapp.web.Options;

/**
 * Members report an ad (from its page) or the other member of a conversation: a reason
 * and optional details, handed to the city's webmasters. A member's second report of the
 * same ad or member, while the first is open, is answered that it is already in hand.
 */
@Controller
class ReportFormController {

    private static final Logger logger = LoggerFactory.getLogger(ReportFormController.class);

    private final ReportService reports;

    private final SignedInMembers members;

    private final Messages messages;

    ReportFormController(ReportService reports, SignedInMembers members, Messages messages) {
        this.reports = reports;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping(ConversationPaths.REPORT_AD)
    String adForm(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String adId,
            @RequestParam Map<String, String> flags, Model model, Locale locale, HttpServletResponse response) {
        Member member = this.members.active(principal);

        ReportTarget target;
        try {
            target = this.reports.adTarget(member.id(), adId);
        }
        catch (ReportRefusedException ex) {
            return refused(ex, ConversationPaths.ad(adId), model, locale, response);
        }

        if (flags.containsKey("envoye")) {
            model.addAttribute("notice", text("childcare.report.notice.sent", locale));
        }
        return show(target, adId, null, null, Map.of(), model, locale);
    }

    @PostMapping(ConversationPaths.REPORT_AD)
    String reportAd(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String adId,
            @RequestParam(name = "reason", required = false) @Nullable String reason,
            @RequestParam(name = "details", required = false) @Nullable String details, Model model, Locale locale,
            HttpServletResponse response) {
        Member member = this.members.active(principal);
        return send(() -> this.reports.reportAd(member.id(), adId, reason, details),
                () -> this.reports.adTarget(member.id(), adId), adId, ConversationPaths.ad(adId),
                ConversationPaths.of(ConversationPaths.REPORT_AD, adId) + "?envoye", reason, details, model, locale,
                response);
    }

    @GetMapping(ConversationPaths.REPORT_MEMBER)
    String memberForm(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id, Model model,
            Locale locale, HttpServletResponse response) {
        Member member = this.members.active(principal);

        ReportTarget target;
        try {
            target = this.reports.memberTarget(member.id(), id);
        }
        catch (ReportRefusedException ex) {
            return refused(ex, ConversationPaths.of(ConversationPaths.CONVERSATION, id), model, locale, response);
        }

        return show(target, id, null, null, Map.of(), model, locale);
    }

    @PostMapping(ConversationPaths.REPORT_MEMBER)
    String reportMember(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id,
            @RequestParam(name = "reason", required = false) @Nullable String reason,
            @RequestParam(name = "details", required = false) @Nullable String details, Model model, Locale locale,
            HttpServletResponse response) {
        Member member = this.members.active(principal);
        String conversation = ConversationPaths.of(ConversationPaths.CONVERSATION, id);
        return send(() -> this.reports.reportMember(member.id(), id, reason, details),
                () -> this.reports.memberTarget(member.id(), id), id, conversation, conversation + "?signale", reason,
                details, model, locale, response);
    }

    /**
     * Sends a report; on success goes to {@code done}, otherwise shows why: refused, sent
     * already, or the form again with its errors and what was typed.
     */
    private String send(Runnable report, Supplier<ReportTarget> target, String pathId, String backPath, String done,
            @Nullable String reason, @Nullable String details, Model model, Locale locale,
            HttpServletResponse response) {
        try {
            report.run();
        }
        catch (ReportRefusedException ex) {
            return refused(ex, backPath, model, locale, response);
        }
        catch (AlreadyReportedException ex) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(target.get(), pathId, null, null, Map.of(), model, locale);
        }
        catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(target.get(), pathId, reason, details, FormErrors.translate(ex.errors(), this.messages, locale),
                    model, locale);
        }
        return "redirect:" + done;
    }

    /**
     * The form, or why it is not needed. {@code pathId} is the ad's id for an ad, the
     * conversation's for a member.
     */
    private String show(ReportTarget target, String pathId, @Nullable String reason, @Nullable String details,
            Map<String, String> errors, Model model, Locale locale) {
        boolean ad = target.subject() == ReportSubject.AD;
        String subject = ad ? "ad" : "member";
        model.addAttribute("pageTitle", "childcare.report.pageTitle." + subject);
        model.addAttribute("title", text("childcare.report.title." + subject, locale, target.label()));
        model.addAttribute("alreadyReported", target.alreadyReported());
        model.addAttribute("alreadyReportedText", text("childcare.report.already." + subject, locale));
        model.addAttribute("action",
                ConversationPaths.of(ad ? ConversationPaths.REPORT_AD : ConversationPaths.REPORT_MEMBER, pathId));
        model.addAttribute("backPath",
                ad ? ConversationPaths.ad(pathId) : ConversationPaths.of(ConversationPaths.CONVERSATION, pathId));
        model.addAttribute("backText", text("childcare.report.back." + subject, locale));
        model.addAttribute("reasons",
                Options.ofEnum(ReportReason.class, "childcare.report.reason", this.messages, locale));
        model.addAttribute("reason", (reason != null) ? reason : "");
        model.addAttribute("details", (details != null) ? details : "");
        model.addAttribute("detailsMax", ReportService.DETAILS_MAX);
        model.addAttribute("errors", errors);
        return "site:reportForm";
    }

    private String refused(ReportRefusedException ex, String backPath, Model model, Locale locale,
            HttpServletResponse response) {
        logger.info("Report refused: '{}'", ex.refusal());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("pageTitle", "childcare.report.pageTitle.refused");
        model.addAttribute("refusal", text("childcare.report.refused." + ex.refusal().name(), locale));
        model.addAttribute("backPath", backPath);
        model.addAttribute("backText", text("childcare.report.back.previous", locale));
        return "site:reportForm";
    }

    private String text(String key, Locale locale, Object... args) {
        return this.messages.get(key, locale, args);
    }

}
