package org.opencity.childcare.webapp.site;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.View;

import org.opencity.childcare.webapp.rendering.PageRenderer;
import org.opencity.childcare.webapp.rendering.SitePageView;
import org.opencity.childcare.webapp.rendering.definition.Definitions;
import org.opencity.childcare.webapp.rendering.definition.TemplateDefinition;
import org.opencity.childcare.webapp.website.ContentNode;
import org.opencity.childcare.webapp.website.WebsiteContent;

/**
 * The section's pages that editors made themselves (an accessibility statement, a page of
 * practical information): any published page at an address no other controller answers,
 * provided it holds none of the service's own components — those pages are shown only by
 * the service, with the visitor's content.
 */
@Controller
class EditorsPagesController {

    private final WebsiteContent website;

    private final PageRenderer renderer;

    private final Definitions definitions;

    EditorsPagesController(WebsiteContent website, PageRenderer renderer, Definitions definitions) {
        this.website = website;
        this.renderer = renderer;
        this.definitions = definitions;
    }

    @GetMapping(SitePaths.SECTION + "/**")
    View page(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        ContentNode page = this.website.livePage(trimmed)
            .filter((found) -> found.allComponents().stream().noneMatch(this::isServiceView))
            .orElseThrow(() -> new PageNotFoundException(trimmed));
        return SitePageView.of(this.renderer, page);
    }

    private boolean isServiceView(ContentNode component) {
        String template = component.template();
        return template != null
                && this.definitions.template(template).map(TemplateDefinition::isServiceView).orElse(false);
    }

}
