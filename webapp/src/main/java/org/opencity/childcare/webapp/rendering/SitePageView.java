package org.opencity.childcare.webapp.rendering;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import freemarker.template.TemplateException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.webapp.website.ContentNode;
import org.opencity.childcare.webapp.website.WebsiteContent;

/**
 * A public page of the section. For a page of the service, it is the published page that
 * holds the module component the controller prepared, with the editors' content around
 * it; where no page holds the component (an editor deleted the page), the component shows
 * alone in the section's page template, so the service never breaks.
 */
public final class SitePageView implements View {

    private static final Logger logger = LoggerFactory.getLogger(SitePageView.class);

    /** The page template of the section, used for the stand-alone fallback. */
    static final String SECTION_TEMPLATE = "childcare-site:pages/section";

    private final PageRenderer renderer;

    private final Supplier<ContentNode> page;

    private final @Nullable String component;

    private SitePageView(PageRenderer renderer, Supplier<ContentNode> page, @Nullable String component) {
        this.renderer = renderer;
        this.page = page;
        this.component = component;
    }

    /** The page of the service that shows this module component. */
    static SitePageView showing(PageRenderer renderer, WebsiteContent website, String component) {
        return new SitePageView(renderer, () -> pageShowing(website, component), component);
    }

    /** A published page of editors' content only. */
    public static SitePageView of(PageRenderer renderer, ContentNode page) {
        return new SitePageView(renderer, () -> page, null);
    }

    @Override
    public String getContentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws IOException, TemplateException {
        Locale locale = Messages.supported(RequestContextUtils.getLocale(request));
        String html = this.renderer.render(this.page.get(), this.component, model, request, locale, RenderMode.LIVE);
        response.setContentType(getContentType());
        response.getWriter().write(html);
    }

    private static ContentNode pageShowing(WebsiteContent website, String component) {
        try {
            return website.livePageShowing(component).orElseGet(() -> standalone(website));
        }
        catch (RuntimeException ex) {
            // The error page itself must show when the repository fails.
            logger.warn("Published pages unavailable, '{}' shown on its own: {}", component, ex.toString());
            return standalone(website);
        }
    }

    private static ContentNode standalone(WebsiteContent website) {
        return new ContentNode("page", website.siteRoot(), "", ContentNode.PAGE,
                Map.of(ContentNode.TEMPLATE, SECTION_TEMPLATE), List.of(), null);
    }

}
