package org.opencity.childcare.webapp.site;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdPresenter;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdSettings;
import org.opencity.childcare.token.InvalidTokenException;
import org.opencity.childcare.token.TokenState;

/**
 * The link of the reminder mail: renews the ad without logging in. Opening the link shows
 * the ad and one button; only the button renews, so that mail scanners which open every
 * link neither renew the ad nor spend the single-use link.
 */
@Controller
class AdRenewalController {

    private final AdService ads;

    private final AdSettings settings;

    private final AdPresenter presenter;

    AdRenewalController(AdService ads, AdSettings settings, AdPresenter presenter) {
        this.ads = ads;
        this.settings = settings;
        this.presenter = presenter;
    }

    /** How many days an ad stays in the listings, for the texts that say it. */
    @ModelAttribute("lifetimeDays")
    long lifetimeDays() {
        return this.settings.lifetime().toDays();
    }

    @GetMapping(SitePaths.AD_RENEWAL)
    String confirm(@RequestParam(name = PublicLinks.TOKEN_PARAMETER, required = false) @Nullable String token,
            Model model, Locale locale, HttpServletResponse response) {
        Optional<Ad> ad = this.ads.adOfRenewalLink(token);
        if (ad.isEmpty()) {
            return LinkProblems.show(this.ads.renewalLinkState(token), LinkProblems.Purpose.AD_RENEWAL, model,
                    response);
        }
        model.addAttribute("pageTitle", "childcare.adRenewal.pageTitle");
        model.addAttribute("ad", this.presenter.present(ad.get(), locale));
        model.addAttribute("token", token);
        model.addAttribute("renewed", false);
        return "site:adRenewal";
    }

    @PostMapping(SitePaths.AD_RENEWAL)
    String renew(@RequestParam(name = PublicLinks.TOKEN_PARAMETER, required = false) @Nullable String token,
            Model model, Locale locale, HttpServletResponse response) {
        Ad renewed;
        try {
            renewed = this.ads.renewWithToken((token != null) ? token : "");
        }
        catch (InvalidTokenException ex) {
            return LinkProblems.show(ex.state(), LinkProblems.Purpose.AD_RENEWAL, model, response);
        }
        model.addAttribute("pageTitle", "childcare.adRenewal.pageTitle");
        model.addAttribute("ad", this.presenter.present(renewed, locale));
        model.addAttribute("renewed", true);
        return "site:adRenewal";
    }

}
