package org.opencity.childcare.webapp.rendering;

import java.util.Locale;

import freemarker.template.Configuration;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.webapp.website.WebsiteContent;

/**
 * Resolves the view names controllers return: {@code site:<component>} is one of the
 * module's public components, on the published page that holds it (see
 * {@link SitePageView}); {@code backoffice:<screen>} is one of the host's own screens
 * inside the back-office page.
 */
@Component
public class PageViewResolver implements ViewResolver, Ordered {

    /** Module components controllers name as {@code site:<name>}. */
    static final String COMPONENTS = "childcare:components/";

    static final String BACKOFFICE_PAGE = "/backoffice/templates/page.ftl";

    static final String BACKOFFICE_SCREENS = "/backoffice/templates/";

    private final Configuration engine;

    private final Messages messages;

    private final RenderContext context;

    private final PageRenderer renderer;

    private final WebsiteContent website;

    public PageViewResolver(Configuration templateEngine, Messages messages, RenderContext context,
            PageRenderer renderer, WebsiteContent website) {
        this.engine = templateEngine;
        this.messages = messages;
        this.context = context;
        this.renderer = renderer;
        this.website = website;
    }

    @Override
    public @Nullable View resolveViewName(String viewName, Locale locale) {
        if (viewName.startsWith("site:")) {
            return SitePageView.showing(this.renderer, this.website, COMPONENTS + viewName.substring(5));
        }
        if (viewName.startsWith("backoffice:")) {
            return new PageView(this.engine, this.messages, BACKOFFICE_SCREENS + viewName.substring(11) + ".ftl",
                    BACKOFFICE_PAGE, this.context);
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

}
