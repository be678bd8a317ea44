package org.opencity.childcare.webapp.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdNotFoundException;
import org.opencity.childcare.listing.AdPresenter;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdSettings;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.security.MemberPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;

/**
 * A member's own ads: posting, editing, and the changes of their life (renew, withdraw,
 * close saying whether care was found). Final changes go through a confirmation page.
 */
@Controller
class AdController {

    static final String AD = SitePaths.ADS + "/{id}";

    static final String EDIT = AD + "/modifier";

    static final String RENEW = AD + "/prolonger";

    static final String WITHDRAW = AD + "/retirer";

    static final String CLOSE = AD + "/cloturer";

    private static final String[] FIELDS = allowedFields();

    private final AdService ads;

    private final AdSettings settings;

    private final AdPresenter presenter;

    private final AdFormOptions options;

    private final SignedInMembers members;

    private final Messages messages;

    AdController(AdService ads, AdSettings settings, AdPresenter presenter, AdFormOptions options,
            SignedInMembers members, Messages messages) {
        this.ads = ads;
        this.settings = settings;
        this.presenter = presenter;
        this.options = options;
        this.members = members;
        this.messages = messages;
    }

    @InitBinder("form")
    void bindOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(FIELDS);
        binder.setAutoGrowCollectionLimit(Math.max(AdForm.CHILD_ROWS, AdForm.RANGE_ROWS));
    }

    /** How many days an ad stays in the listings, for the texts that say it. */
    @ModelAttribute("lifetimeDays")
    long lifetimeDays() {
        return this.settings.lifetime().toDays();
    }

    @GetMapping(SitePaths.NEW_AD)
    String newAd(@AuthenticationPrincipal MemberPrincipal principal, Model model, Locale locale) {
        Member member = this.members.active(principal);
        return showForm(new AdForm(), Map.of(), null, member, model, locale);
    }

    @PostMapping(SitePaths.NEW_AD)
    String post(@AuthenticationPrincipal MemberPrincipal principal, @ModelAttribute("form") AdForm form, Model model,
            Locale locale, HttpServletResponse response) {
        Member member = this.members.active(principal);
        Ad ad;
        try {
            ad = this.ads.post(member.id(), form);
        }
        catch (InvalidInputException ex) {
            response.setStatus(422);
            return showForm(form, FormErrors.translate(ex.errors(), this.messages, locale), null, member, model,
                    locale);
        }
        return "redirect:" + SitePaths.ADS + "/" + ad.id()
                + ((ad.status() == AdStatus.PENDING_REVIEW) ? "?en-relecture" : "?publiee");
    }

    @GetMapping(EDIT)
    String edit(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id, Model model,
            Locale locale) {
        Member member = this.members.active(principal);
        Ad ad = this.ads.getOwn(member.id(), id);
        return showForm(AdForm.of(ad.content()), Map.of(), ad, member, model, locale);
    }

    @PostMapping(EDIT)
    String save(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id,
            @ModelAttribute("form") AdForm form, Model model, Locale locale, HttpServletResponse response) {
        Member member = this.members.active(principal);
        try {
            this.ads.edit(member.id(), id, form);
        }
        catch (InvalidInputException ex) {
            response.setStatus(422);
            return showForm(form, FormErrors.translate(ex.errors(), this.messages, locale),
                    this.ads.getOwn(member.id(), id), member, model, locale);
        }
        return "redirect:" + SitePaths.ADS + "/" + id + "?modifiee";
    }

    @GetMapping(SitePaths.MY_ADS)
    String myAds(@AuthenticationPrincipal MemberPrincipal principal, @RequestParam Map<String, String> flags,
            Model model, Locale locale) {
        Member member = this.members.active(principal);
        model.addAttribute("pageTitle", "childcare.myAds.pageTitle");
        model.addAttribute("ads",
                this.ads.listOwn(member.id()).stream().map((ad) -> this.presenter.present(ad, locale)).toList());
        model.addAttribute("notice", Notices.first(flags, this.messages, locale, "childcare.myAds.notice.", "prolongee",
                "retiree", "cloturee"));
        return "site:myAds";
    }

    @PostMapping(RENEW)
    String renew(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id) {
        Member member = this.members.active(principal);
        this.ads.renew(member.id(), id);
        return "redirect:" + SitePaths.MY_ADS + "?prolongee";
    }

    @GetMapping(WITHDRAW)
    String confirmWithdrawal(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id, Model model,
            Locale locale) {
        Member member = this.members.active(principal);
        return showConfirmation(this.ads.getOwn(member.id(), id), false, null, model, locale);
    }

    @GetMapping(CLOSE)
    String confirmClosing(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id, Model model,
            Locale locale) {
        Member member = this.members.active(principal);
        return showConfirmation(this.ads.getOwn(member.id(), id), true, null, model, locale);
    }

    @PostMapping(WITHDRAW)
    String withdraw(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id) {
        Member member = this.members.active(principal);
        this.ads.withdraw(member.id(), id);
        return "redirect:" + SitePaths.MY_ADS + "?retiree";
    }

    @PostMapping(CLOSE)
    String close(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id,
            @RequestParam(name = "trouve", required = false) @Nullable String found, Model model, Locale locale,
            HttpServletResponse response) {
        Member member = this.members.active(principal);
        if (!"oui".equals(found) && !"non".equals(found)) {
            response.setStatus(422);
            return showConfirmation(this.ads.getOwn(member.id(), id), true,
                    this.messages.get("childcare.adClose.error.found", locale), model, locale);
        }
        this.ads.close(member.id(), id, "oui".equals(found));
        return "redirect:" + SitePaths.MY_ADS + "?cloturee";
    }

    private String showConfirmation(Ad ad, boolean closing, @Nullable String error, Model model, Locale locale) {
        if (ad.status().next().isEmpty()) {
            throw new AdNotFoundException(ad.id());
        }
        model.addAttribute("pageTitle", closing ? "childcare.adClose.pageTitle" : "childcare.adWithdraw.pageTitle");
        model.addAttribute("ad", this.presenter.present(ad, locale));
        model.addAttribute("closing", closing);
        model.addAttribute("errors", (error != null) ? Map.of("trouve", error) : Map.of());
        return "site:adConfirm";
    }

    private String showForm(AdForm form, Map<String, String> errors, @Nullable Ad editing, Member member, Model model,
            Locale locale) {
        form.pad();
        model.addAttribute("pageTitle",
                (editing != null) ? "childcare.adForm.editTitle" : "childcare.adForm.pageTitle");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", (editing != null) ? this.presenter.present(editing, locale) : null);
        model.addAttribute("action",
                (editing != null) ? SitePaths.ADS + "/" + editing.id() + "/modifier" : SitePaths.NEW_AD);
        this.options.addTo(model, member, locale);
        return "site:adForm";
    }

    /** The form's fields, each row by its index, so that a crafted row is left out. */
    private static String[] allowedFields() {
        List<String> fields = new ArrayList<>(
                List.of("configuration", "careType", "title", "text", "neighbourhood", "slots", "startDate", "hosting",
                        "hourlyRate", "languages", "qualifications", "showPhone", "showEmail"));
        for (int row = 0; row < AdForm.CHILD_ROWS; row++) {
            fields.add("children[" + row + "].month");
            fields.add("children[" + row + "].year");
        }
        for (int row = 0; row < AdForm.RANGE_ROWS; row++) {
            fields.add("ranges[" + row + "].day");
            fields.add("ranges[" + row + "].from");
            fields.add("ranges[" + row + "].to");
        }
        return fields.toArray(String[]::new);
    }

}
