package org.opencity.childcare.webapp.rendering;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

import org.opencity.childcare.i18n.I18nTemplateModel;
import org.opencity.childcare.i18n.Messages;

/**
 * Renders one back-office screen inside the back-office page. The screen sees
 * {@code model} (what the controller prepared), {@code ctx}, {@code i18n} and
 * {@code site}; the page receives the screen's markup as {@code main}. Everything is
 * rendered before anything is written, so a template error never leaves half a page.
 */
final class PageView implements View {

    private final Configuration engine;

    private final Messages messages;

    private final String componentScript;

    private final String pageScript;

    private final RenderContext context;

    PageView(Configuration engine, Messages messages, String componentScript, String pageScript,
            RenderContext context) {
        this.engine = engine;
        this.messages = messages;
        this.componentScript = componentScript;
        this.pageScript = pageScript;
        this.context = context;
    }

    @Override
    public String getContentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws IOException, TemplateException {
        Locale locale = Messages.supported(RequestContextUtils.getLocale(request));
        Map<String, Object> root = new HashMap<>();
        root.put("model", this.context.model(model));
        root.put("ctx", this.context.ctx(request, locale));
        root.put("site", this.context.site());
        root.put("i18n", new I18nTemplateModel(this.messages, locale));

        root.put("main", process(this.componentScript, root));
        String html = process(this.pageScript, root);

        response.setContentType(getContentType());
        response.getWriter().write(html);
    }

    private String process(String script, Map<String, Object> root) throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        this.engine.getTemplate(script).process(root, out);
        return out.toString();
    }

}
