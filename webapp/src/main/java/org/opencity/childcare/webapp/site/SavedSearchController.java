package org.opencity.childcare.webapp.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.opencity.childcare.alert.AlertFrequency;
import org.opencity.childcare.alert.SavedSearch;
import org.opencity.childcare.alert.SavedSearchService;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.listing.search.AdSearchQuery;
import org.opencity.childcare.listing.search.SearchDescription;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.security.MemberPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;
import org.opencity.childcare.webapp.web.Options;

/**
 * A member's saved searches: saving the search the results page shows, the list with each
 * search's alerts, changing their frequency, deleting; and, for anyone holding an alert
 * mail, the one-click page that stops a search's alerts without logging in. That page
 * asks first and only a POST stops anything, because mail scanners open links.
 */
@Controller
class SavedSearchController {

    /** The form that saves a search; the results page links here with its filters. */
    static final String NEW = SitePaths.SAVED_SEARCHES + "/nouvelle";

    static final String FREQUENCY = SitePaths.SAVED_SEARCHES + "/{id}/frequence";

    static final String DELETE = SitePaths.SAVED_SEARCHES + "/{id}/supprimer";

    private static final String TOKEN = PublicLinks.TOKEN_PARAMETER;

    /** The flag of the redirect after the alerts were stopped from a mail. */
    private static final String STOPPED = "arretees";

    private static final String NOTICES = "childcare.savedSearches.notice.";

    private final SavedSearchService searches;

    private final SearchDescription descriptions;

    private final SignedInMembers members;

    private final Messages messages;

    SavedSearchController(SavedSearchService searches, SearchDescription descriptions, SignedInMembers members,
            Messages messages) {
        this.searches = searches;
        this.descriptions = descriptions;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping(NEW)
    String newForm(@AuthenticationPrincipal MemberPrincipal principal, HttpServletRequest request, Model model,
            Locale locale) {
        this.members.active(principal);
        AdSearchQuery query = AdSearchQuery.fromQueryString(request.getQueryString()).withPage(0);
        return form(query, this.searches.defaultName(query, locale), AlertFrequency.IMMEDIATE.name(), Map.of(), model,
                locale);
    }

    @PostMapping(SitePaths.SAVED_SEARCHES)
    String save(@AuthenticationPrincipal MemberPrincipal principal,
            @RequestParam(required = false) @Nullable String query,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String frequency, Model model, Locale locale,
            HttpServletResponse response) {
        this.members.active(principal);
        try {
            this.searches.save(principal.memberId(), query, name, frequency, locale);
        }
        catch (InvalidInputException ex) {
            response.setStatus(422);
            return form(AdSearchQuery.fromQueryString(query).withPage(0), name, frequency,
                    FormErrors.translate(ex.errors(), this.messages, locale), model, locale);
        }
        return "redirect:" + SitePaths.SAVED_SEARCHES + "?enregistree";
    }

    @GetMapping(SitePaths.SAVED_SEARCHES)
    String list(@AuthenticationPrincipal MemberPrincipal principal, @RequestParam Map<String, String> parameters,
            Model model, Locale locale) {
        this.members.active(principal);
        model.addAttribute("notice",
                Notices.first(parameters, this.messages, locale, NOTICES, "enregistree", "modifiee", "supprimee"));
        return showList(principal, Map.of(), model, locale);
    }

    @PostMapping(FREQUENCY)
    String changeFrequency(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id,
            @RequestParam(required = false) @Nullable String frequency, Model model, Locale locale,
            HttpServletResponse response) {
        this.members.active(principal);
        try {
            this.searches.changeFrequency(principal.memberId(), id, frequency);
        }
        catch (InvalidInputException ex) {
            response.setStatus(422);
            return showList(principal, FormErrors.translate(ex.errors(), this.messages, locale), model, locale);
        }
        return "redirect:" + SitePaths.SAVED_SEARCHES + "?modifiee";
    }

    @PostMapping(DELETE)
    String delete(@AuthenticationPrincipal MemberPrincipal principal, @PathVariable String id) {
        this.members.active(principal);
        this.searches.delete(principal.memberId(), id);
        return "redirect:" + SitePaths.SAVED_SEARCHES + "?supprimee";
    }

    @GetMapping(SitePaths.UNSUBSCRIBE)
    String unsubscribeQuestion(@RequestParam(name = TOKEN, required = false) @Nullable String token,
            @RequestParam Map<String, String> parameters, Model model, HttpServletResponse response) {
        Optional<SavedSearch> search = this.searches.findByUnsubscribeToken(token);
        String state;
        if (search.isEmpty()) {
            state = "UNKNOWN";
        }
        else if (search.get().alertsOn()) {
            state = "CONFIRM";
        }
        else {
            state = parameters.containsKey(STOPPED) ? "STOPPED" : "ALREADY_STOPPED";
        }
        return unsubscribePage(state, token, search, model, response);
    }

    @PostMapping(SitePaths.UNSUBSCRIBE)
    String unsubscribe(@RequestParam(name = TOKEN, required = false) @Nullable String token, Model model,
            HttpServletResponse response) {
        Optional<SavedSearch> stopped = this.searches.unsubscribe(token);
        if (stopped.isEmpty()) {
            return unsubscribePage("UNKNOWN", token, stopped, model, response);
        }
        return "redirect:" + SitePaths.UNSUBSCRIBE + "?" + TOKEN + "=" + encode(token) + "&" + STOPPED;
    }

    private String form(AdSearchQuery query, @Nullable String name, @Nullable String frequency,
            Map<String, String> errors, Model model, Locale locale) {
        String queryString = query.toQueryString();
        model.addAttribute("pageTitle", "childcare.savedSearchForm.pageTitle");
        model.addAttribute("query", queryString);
        model.addAttribute("description", this.descriptions.describe(query, locale));
        model.addAttribute("name", (name != null) ? name : "");
        model.addAttribute("frequency", (frequency != null) ? frequency : "");
        model.addAttribute("frequencies", frequencies(locale));
        model.addAttribute("adsPath", adsPath(queryString));
        model.addAttribute("maxSearches", SavedSearchService.MAX_PER_MEMBER);
        model.addAttribute("nameMax", SavedSearchService.NAME_MAX);
        model.addAttribute("errors", errors);
        return "site:savedSearchForm";
    }

    private String showList(MemberPrincipal principal, Map<String, String> errors, Model model, Locale locale) {
        List<Map<String, Object>> rows = this.searches.listOwn(principal.memberId())
            .stream()
            .map((search) -> row(search, locale))
            .toList();
        model.addAttribute("pageTitle", "childcare.savedSearches.pageTitle");
        model.addAttribute("searches", rows);
        model.addAttribute("frequencies", frequencies(locale));
        model.addAttribute("maxSearches", SavedSearchService.MAX_PER_MEMBER);
        model.addAttribute("errors", errors);
        return "site:savedSearches";
    }

    private Map<String, Object> row(SavedSearch search, Locale locale) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", search.id());
        row.put("name", search.name());
        row.put("description", this.descriptions.describe(search.search(), locale));
        row.put("frequency", search.frequency().name());
        row.put("alertsOn", search.alertsOn());
        row.put("adsPath", adsPath(search.query()));
        row.put("frequencyPath", FREQUENCY.replace("{id}", encode(search.id())));
        row.put("deletePath", DELETE.replace("{id}", encode(search.id())));
        return row;
    }

    private String unsubscribePage(String state, @Nullable String token, Optional<SavedSearch> search, Model model,
            HttpServletResponse response) {
        if ("UNKNOWN".equals(state)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("pageTitle", "childcare.unsubscribe.pageTitle");
        model.addAttribute("state", state);
        model.addAttribute("action", SitePaths.UNSUBSCRIBE);
        model.addAttribute("token", (token != null) ? token : "");
        search.ifPresent((found) -> model.addAttribute("name", found.name()));
        return "site:unsubscribe";
    }

    private List<Map<String, String>> frequencies(Locale locale) {
        return Options.ofEnum(AlertFrequency.class, "childcare.savedSearch.frequency", this.messages, locale);
    }

    private static String encode(@Nullable String value) {
        return URLEncoder.encode((value != null) ? value : "", StandardCharsets.UTF_8);
    }

    private static String adsPath(String queryString) {
        return SitePaths.ADS + (queryString.isEmpty() ? "" : "?" + queryString);
    }

}
