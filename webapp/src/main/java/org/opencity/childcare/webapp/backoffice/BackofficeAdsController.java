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
import org.opencity.childcare.jcr.RepositoryFailure;
import org.opencity.childcare.listing.AdNotFoundException;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.listing.IllegalAdTransitionException;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.backoffice.BackofficeAds.Filter;
import org.opencity.childcare.webapp.backoffice.BackofficeAds.Found;
import org.opencity.childcare.webapp.backoffice.BackofficeAds.Record;
import org.opencity.childcare.webapp.security.StaffPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;

/**
 * Every ad for webmasters, whatever its status: the list with its filters, one ad with
 * its owner and its life, and taking a listed ad down for a reason mailed to its owner. A
 * removal that comes too late (the ad left the listings meanwhile, or another webmaster
 * removed it first) is refused with an explanation on the ad page.
 */
@Controller
class BackofficeAdsController {

    /** One ad's page. */
    static final String AD = BackofficePaths.ADS + "/{id}";

    /** Where the removal form posts to. */
    static final String REMOVE_AD = AD + "/retirer";

    /** Redirects expand {@code {id}} from the request's own path. */
    private static final String TO_AD = "redirect:" + AD;

    private final BackofficeAds ads;

    private final BackofficeAdViews views;

    private final AdService service;

    private final Messages messages;

    BackofficeAdsController(BackofficeAds ads, BackofficeAdViews views, AdService service, Messages messages) {
        this.ads = ads;
        this.views = views;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping(BackofficePaths.ADS)
    String list(@RequestParam(name = BackofficeLists.STATUS, required = false) @Nullable String status,
            @RequestParam(name = BackofficeLists.TEXT, required = false) @Nullable String text,
            @RequestParam(name = BackofficeLists.PAGE, required = false) @Nullable String page, Model model,
            Locale locale) {
        AdStatus chosen = BackofficeLists.status(AdStatus.class, status);
        String typed = BackofficeLists.text(text);

        Found found = this.ads.search(new Filter(chosen, typed), BackofficeLists.page(page));

        model.addAttribute("pageTitle", "backoffice.ads.pageTitle");
        model.addAttribute("ads", this.views.rows(found.ads(), locale));
        BackofficeLists.describe(model, BackofficePaths.ADS, chosen, typed, found.total(), found.page(), found.pages());
        model.addAttribute("statusOptions", this.views.statusOptions(locale));
        return "backoffice:ads";
    }

    @GetMapping(AD)
    String ad(@PathVariable String id, Model model, Locale locale) {
        return show(record(id), "", Map.of(), model, locale);
    }

    @PostMapping(REMOVE_AD)
    String remove(@PathVariable String id, @RequestParam(name = "reason", required = false) @Nullable String reason,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect, Locale locale,
            HttpServletResponse response) {
        Record record = record(id);
        if (!isRemovable(record)) {
            return notRemovable(redirect, locale);
        }

        try {
            this.service.remove(id, StaffNames.of(staff), reason);
        }
        catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> errors = FormErrors.translate(ex.errors(), this.messages, locale);
            return show(record, (reason != null) ? reason : "", errors, model, locale);
        }
        catch (IllegalAdTransitionException ex) {
            return notRemovable(redirect, locale);
        }
        catch (RepositoryFailure ex) {
            // Two removals saved at once clash, as a concurrent change or, in some
            // Jackrabbit paths, as a plain failure: if the ad is gone from the listings
            // meanwhile, that is the answer; otherwise the failure is real.
            if (this.ads.ad(id).map(BackofficeAdsController::isRemovable).orElse(false)) {
                throw ex;
            }
            return notRemovable(redirect, locale);
        }
        catch (AdNotFoundException ex) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }

        String key = (record.owner() != null) ? "backoffice.flash.adRemoved" : "backoffice.flash.adRemovedNoOwner";
        redirect.addFlashAttribute("notice", this.messages.get(key, locale));
        return TO_AD;
    }

    private static boolean isRemovable(Record record) {
        return record.ad().status().next().contains(AdStatus.REMOVED);
    }

    private Record record(String id) {
        return this.ads.ad(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String show(Record record, String reason, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("pageTitle", "backoffice.ad.pageTitle");
        model.addAttribute("ad", this.views.details(record, locale));
        model.addAttribute("reason", reason);
        model.addAttribute("reasonMax", AdService.REASON_MAX);
        model.addAttribute("errors", errors);
        model.addAttribute("listPath", BackofficePaths.ADS);
        return "backoffice:ad";
    }

    private String notRemovable(RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("error", this.messages.get("backoffice.flash.adNotRemovable", locale));
        return TO_AD;
    }

}
