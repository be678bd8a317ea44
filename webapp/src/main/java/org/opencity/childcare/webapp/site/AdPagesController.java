package org.opencity.childcare.webapp.site;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdNotFoundException;
import org.opencity.childcare.listing.AdPresenter;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdSettings;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.listing.OwnerContact;
import org.opencity.childcare.listing.match.AdMatcher;
import org.opencity.childcare.listing.match.Match;
import org.opencity.childcare.listing.match.MatchReasons;
import org.opencity.childcare.listing.search.AdIndex;
import org.opencity.childcare.listing.search.AdSearchQuery;
import org.opencity.childcare.listing.search.SearchDescription;
import org.opencity.childcare.listing.search.SearchPage;
import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.security.MemberPrincipal;

/**
 * What members read: the search in the listings, with filters in a URL that can be
 * bookmarked, and the page of one ad.
 */
@Controller
class AdPagesController {

    /** How many compatible ads an ad's page lists. */
    static final int MATCHES_SHOWN = 5;

    private final AdService ads;

    private final AdSettings settings;

    private final AdIndex index;

    private final AdPresenter presenter;

    private final AdFormOptions options;

    private final SignedInMembers members;

    private final AccountService accounts;

    private final Messages messages;

    private final AdMatcher matcher;

    private final SearchDescription description;

    private final Clock clock;

    AdPagesController(AdService ads, AdSettings settings, AdIndex index, AdPresenter presenter, AdFormOptions options,
            SignedInMembers members, AccountService accounts, Messages messages, AdMatcher matcher,
            SearchDescription description, Clock clock) {
        this.ads = ads;
        this.settings = settings;
        this.index = index;
        this.presenter = presenter;
        this.options = options;
        this.members = members;
        this.accounts = accounts;
        this.messages = messages;
        this.matcher = matcher;
        this.description = description;
        this.clock = clock;
    }

    /** How many days an ad stays in the listings, for the texts that say it. */
    @ModelAttribute("lifetimeDays")
    long lifetimeDays() {
        return this.settings.lifetime().toDays();
    }

    @GetMapping(SitePaths.ADS)
    String search(@AuthenticationPrincipal MemberPrincipal principal, HttpServletRequest request, Model model,
            Locale locale) {
        this.members.active(principal);
        AdSearchQuery query = AdSearchQuery.fromParameters(parameters(request));
        SearchPage page = this.index.search(query, this.clock.instant());
        if (page.ids().isEmpty() && query.page() > 0 && page.total() > 0) {
            // A page beyond the last, from an old bookmark: show the last one instead.
            return "redirect:" + SitePaths.ADS + "?" + query.withPage(page.pageCount() - 1).toQueryString();
        }
        model.addAttribute("pageTitle", "childcare.search.pageTitle");
        model.addAttribute("query", query);
        model.addAttribute("queryString", query.withPage(0).toQueryString());
        model.addAttribute("filtered", !query.withPage(0).toQueryString().isEmpty());
        model.addAttribute("description", this.description.describe(query, locale));
        model.addAttribute("results",
                this.ads.findListed(page.ids()).stream().map((ad) -> this.presenter.present(ad, locale)).toList());
        model.addAttribute("total", page.total());
        model.addAttribute("page", page.page() + 1);
        model.addAttribute("pageCount", page.pageCount());
        model.addAttribute("pageLinks", pageLinks(query, page));
        model.addAttribute("selected",
                Map.of("configuration", names(query.configurations()), "garde", names(query.careTypes()), "quartier",
                        List.copyOf(query.neighbourhoods()), "creneau", query.needed().slots()));
        this.options.addFiltersTo(model, locale);
        return "site:adSearch";
    }

    @GetMapping(AdController.AD)
    String ad(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id,
            @RequestParam Map<String, String> flags, Model model, Locale locale) {
        Member member = this.members.active(principal);
        Ad ad = this.ads.findVisible(member.id(), id).orElseThrow(() -> new AdNotFoundException(id));
        boolean own = ad.ownerId().equals(member.id());
        model.addAttribute("pageTitle", "childcare.adPage.pageTitle");
        model.addAttribute("ad", this.presenter.present(ad, locale));
        model.addAttribute("own", own);
        model.addAttribute("renewable", own && (ad.status() == AdStatus.PUBLISHED || ad.status() == AdStatus.EXPIRED));
        model.addAttribute("changeable", own && !ad.status().next().isEmpty());
        model.addAttribute("notice", Notices.first(flags, this.messages, locale, "childcare.adPage.notice.", "publiee",
                "en-relecture", "modifiee"));
        this.accounts.findById(ad.ownerId())
            .ifPresent((owner) -> model.addAttribute("owner", owner(owner, ad, locale)));
        if (ad.isListedAt(this.clock.instant())) {
            model.addAttribute("matches", matches(ad, locale));
        }
        return "site:adPage";
    }

    /**
     * The ad's best compatible ads, each with the one line that says why it fits.
     */
    private List<Map<String, Object>> matches(Ad ad, Locale locale) {
        List<Match> matches = this.matcher.compatibleWith(ad, this.clock.instant(), MATCHES_SHOWN);
        Map<String, Ad> found = new LinkedHashMap<>();
        this.ads.findListed(matches.stream().map(Match::adId).toList()).forEach((a) -> found.put(a.id(), a));
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Match match : matches) {
            Ad compatible = found.get(match.adId());
            if (compatible != null) {
                shown.add(Map.of("ad", this.presenter.present(compatible, locale), "score", match.score(), "reason",
                        MatchReasons.describe(match, this.messages, locale)));
            }
        }
        return shown;
    }

    /**
     * What the ad shows of its owner: first name, identifier, the city's verification,
     * and the phone or e-mail only if the owner chose to show them.
     */
    private Map<String, Object> owner(Member owner, Ad ad, Locale locale) {
        OwnerContact contact = OwnerContact.shownOn(ad, owner);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("firstName", contact.firstName());
        shown.put("identifier", contact.identifier());
        if (contact.verifiedAt() != null) {
            shown.put("verifiedOn", this.presenter.date(contact.verifiedAt(), locale));
        }
        if (contact.phone() != null) {
            shown.put("phone", contact.phone());
        }
        if (contact.email() != null) {
            shown.put("email", contact.email());
        }
        return shown;
    }

    /** Links to the pages around the current one: first, previous, next, last. */
    private static List<Map<String, Object>> pageLinks(AdSearchQuery query, SearchPage page) {
        List<Map<String, Object>> links = new ArrayList<>();
        int count = page.pageCount();
        int current = page.page();
        for (int number = Math.max(0, current - 2); number < Math.min(count, current + 3); number++) {
            links.add(Map.of("number", number + 1, "current", number == current, "href",
                    SitePaths.ADS + "?" + query.withPage(number).toQueryString()));
        }
        return links;
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return parameters;
    }

}
