package org.opencity.childcare.webapp.rendering;

import java.util.Locale;

import freemarker.template.Configuration;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import org.opencity.childcare.i18n.Messages;

/**
 * Resolves the view names controllers return: {@code site:<component>} is one of the
 * module's public components inside the section page of the light module;
 * {@code backoffice:<screen>} is one of the host's own screens inside the back-office
 * page.
 */
@Component
public class PageViewResolver implements ViewResolver, Ordered {

    static final String SITE_PAGE = "/childcare-site/templates/pages/section.ftl";

    static final String COMPONENTS = "/childcare/templates/components/";

    static final String BACKOFFICE_PAGE = "/backoffice/templates/page.ftl";

    static final String BACKOFFICE_SCREENS = "/backoffice/templates/";

    private final Configuration engine;

    private final Messages messages;

    private final RenderContext context;

    public PageViewResolver(Configuration templateEngine, Messages messages, RenderContext context) {
        this.engine = templateEngine;
        this.messages = messages;
        this.context = context;
    }

    @Override
    public @Nullable View resolveViewName(String viewName, Locale locale) {
        if (viewName.startsWith("site:")) {
            return new PageView(this.engine, this.messages, COMPONENTS + viewName.substring(5) + ".ftl", SITE_PAGE,
                    this.context);
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
