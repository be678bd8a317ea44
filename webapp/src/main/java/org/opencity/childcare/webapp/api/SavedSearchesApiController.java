package org.opencity.childcare.webapp.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opencity.childcare.alert.SavedSearch;
import org.opencity.childcare.alert.SavedSearchService;
import org.opencity.childcare.member.Member;

/**
 * A member's saved searches and their alerts, through the {@link SavedSearchService} the
 * pages use. A search is the search page's query string
 * ({@code garde=SHARED&quartier=centre}), as in the page's bookmarkable address.
 */
@RestController
@RequestMapping(ApiPaths.V1 + "/saved-searches")
class SavedSearchesApiController {

    private final SavedSearchService searches;

    private final ApiCallers callers;

    private final ApiJson json;

    SavedSearchesApiController(SavedSearchService searches, ApiCallers callers, ApiJson json) {
        this.searches = searches;
        this.callers = callers;
        this.json = json;
    }

    @GetMapping
    Map<String, List<SearchView>> list(Authentication authentication) {
        Member member = this.callers.member(authentication);
        return Map.of("results", this.searches.listOwn(member.id()).stream().map(SearchView::of).toList());
    }

    @PostMapping
    ResponseEntity<SearchView> save(Authentication authentication, HttpServletRequest request) {
        Member member = this.callers.member(authentication);
        SearchRequest body = this.json.read(request, SearchRequest.class);
        SavedSearch saved = this.searches.save(member.id(), body.query(), body.name(),
                (body.frequency() != null) ? body.frequency() : "IMMEDIATE", ApiProblems.locale(request));
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/saved-searches/" + saved.id()))
            .body(SearchView.of(saved));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, Authentication authentication) {
        Member member = this.callers.member(authentication);
        this.searches.delete(member.id(), id);
        return ResponseEntity.noContent().build();
    }

    /**
     * @param query the search page's query string; blank for every ad
     * @param frequency {@code IMMEDIATE} (default) or {@code DAILY}
     */
    record SearchRequest(@Nullable String name, @Nullable String query, @Nullable String frequency) {

    }

    record SearchView(String id, String name, String query, String frequency, boolean alertsOn, Instant createdAt) {

        static SearchView of(SavedSearch search) {
            return new SearchView(search.id(), search.name(), search.query(), search.frequency().name(),
                    search.alertsOn(), search.createdAt());
        }

    }

}
