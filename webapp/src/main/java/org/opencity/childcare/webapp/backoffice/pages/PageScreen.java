package org.opencity.childcare.webapp.backoffice.pages;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import org.opencity.childcare.webapp.rendering.definition.Definitions;
import org.opencity.childcare.webapp.rendering.definition.TemplateDefinition;
import org.opencity.childcare.webapp.website.ContentNode;
import org.opencity.childcare.webapp.website.WebsiteContent;

/**
 * The page screen, which the page's own actions and its components' actions show: the
 * page found from the request (or "not found"), and the model of the screen.
 */
@Component
class PageScreen {

    static final String VIEW = "backoffice:pages/page";

    private final PageEditing editing;

    private final PageViews views;

    private final Definitions definitions;

    private final WebsiteContent website;

    PageScreen(PageEditing editing, PageViews views, Definitions definitions, WebsiteContent website) {
        this.editing = editing;
        this.views = views;
        this.definitions = definitions;
        this.website = website;
    }

    /** The draft of the section's page at {@code path}; "not found" for anything else. */
    ContentNode page(@Nullable String path) {
        return EditablePaths.within(this.editing.siteRoot(), path)
            .flatMap(this.editing::page)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The page's template; a page without a known page template cannot be edited. */
    TemplateDefinition template(ContentNode page) {
        return Optional.ofNullable(page.template())
            .flatMap(this.definitions::template)
            .filter(TemplateDefinition::isPage)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * Fills the model of the page screen.
     * @param typedProperties the page properties as typed, after an error; null for the
     * stored ones
     * @param errors the page properties' errors, by field
     */
    String show(ContentNode page, @Nullable Map<String, String> typedProperties, Map<String, String> errors,
            Model model, Locale locale) {
        TemplateDefinition template = template(page);
        model.addAttribute("pageTitle", "backoffice.pages.page.pageTitle");
        model.addAttribute("page",
                this.views.page(page, template, typedProperties, unpublishedParent(page.path()), locale));
        model.addAttribute("errors", errors);
        model.addAllAttributes(Views.paths());
        return VIEW;
    }

    /** The title of the page's parent when residents cannot see it: publish it first. */
    @Nullable String unpublishedParent(String path) {
        String parent = EditablePaths.parentOf(path);
        if (parent.isEmpty() || this.website.livePage(parent).isPresent()) {
            return null;
        }
        return this.editing.page(parent).map(PageEditing::title).orElse(parent);
    }

}
