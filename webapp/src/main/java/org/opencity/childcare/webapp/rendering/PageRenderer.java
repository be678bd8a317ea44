package org.opencity.childcare.webapp.rendering;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.opencity.childcare.i18n.I18nTemplateModel;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.webapp.rendering.definition.AreaDefinition;
import org.opencity.childcare.webapp.rendering.definition.Definitions;
import org.opencity.childcare.webapp.rendering.definition.TemplateDefinition;
import org.opencity.childcare.webapp.website.ContentNode;

/**
 * Renders a page the way Magnolia does: the page's template script, whose
 * {@code [@cms.area name="…"/]} renders the area's components in order, each with its own
 * template script and with {@code content} set to the component. A component that the
 * service prepares for the visitor ({@code serviceView}) is "bound" to the request: it
 * receives the controller's {@code model}; elsewhere it renders nothing. Everything is
 * rendered into memory before anything is sent, so a template error never leaves half a
 * page.
 */
@Component
public class PageRenderer {

    private static final Logger logger = LoggerFactory.getLogger(PageRenderer.class);

    /** The area a bound component joins when the page does not hold it. */
    static final String MAIN_AREA = "main";

    private final Configuration engine;

    private final Messages messages;

    private final RenderContext context;

    private final Definitions definitions;

    public PageRenderer(Configuration templateEngine, Messages messages, RenderContext context,
            Definitions definitions) {
        this.engine = templateEngine;
        this.messages = messages;
        this.context = context;
        this.definitions = definitions;
    }

    /**
     * @param bound the template id of the component the service prepared {@code model}
     * for, or null for a page of editors' content only
     */
    public String render(ContentNode page, @Nullable String bound, Map<String, ?> model, HttpServletRequest request,
            Locale locale, RenderMode mode) throws IOException, TemplateException {
        String pageTemplate = page.template();
        TemplateDefinition definition = (pageTemplate != null) ? this.definitions.template(pageTemplate).orElse(null)
                : null;
        if (definition == null) {
            throw new TemplateModelException("Page '" + page.path() + "' has no known template: " + pageTemplate);
        }
        Map<String, Object> shared = new HashMap<>();
        shared.put("ctx", this.context.ctx(request, locale));
        shared.put("site", this.context.site());
        shared.put("i18n", new I18nTemplateModel(this.messages, locale));
        shared.put("cmsfn", CmsFunctions.create(this.engine.getObjectWrapper(), request.getContextPath(),
                locale.getLanguage(), mode));
        Run run = new Run(page, definition, bound, this.context.model(model), shared, mode, locale);
        shared.put("cms", run.directives());

        Map<String, Object> root = new HashMap<>(shared);
        root.put("content", new ContentModel(page, this.engine.getObjectWrapper(), false));
        root.put("def", definitionModel(definition));
        root.put("model", run.model);
        // Whether the page shows the service or only editors' content, and whether the
        // page's title is its main heading: it is for editors' content, and for a service
        // component that brings no heading of its own (pageHeading).
        root.put("state", Map.of("serviceView", bound != null, "pageHeading", bound == null || isPageHeading(bound)));
        StringWriter out = new StringWriter();
        process(definition.templateScript(), root, out, locale);
        return out.toString();
    }

    private boolean isPageHeading(String componentTemplate) {
        return this.definitions.template(componentTemplate)
            .map((definition) -> Boolean.TRUE.equals(definition.parameters().get("pageHeading")))
            .orElse(false);
    }

    /**
     * Runs a script in the visitor's language, so dates and numbers read as in the texts.
     */
    private void process(String script, Map<String, Object> root, Writer out, Locale locale)
            throws IOException, TemplateException {
        Environment environment = this.engine.getTemplate(script).createProcessingEnvironment(root, out);
        environment.setLocale(locale);
        environment.process();
    }

    private static Map<String, Object> definitionModel(TemplateDefinition definition) {
        return Map.of("id", definition.id(), "title", definition.title(), "parameters", definition.parameters());
    }

    /** One page being rendered: what its directives need. */
    private final class Run {

        private final ContentNode page;

        private final TemplateDefinition definition;

        private final @Nullable String bound;

        private final Map<String, Object> model;

        private final Map<String, Object> shared;

        private final RenderMode mode;

        private final Locale locale;

        /** Whether the bound component is among the page's own components. */
        private final boolean boundOnPage;

        Run(ContentNode page, TemplateDefinition definition, @Nullable String bound, Map<String, Object> model,
                Map<String, Object> shared, RenderMode mode, Locale locale) {
            this.page = page;
            this.definition = definition;
            this.bound = bound;
            this.model = model;
            this.shared = shared;
            this.mode = mode;
            this.locale = locale;
            this.boundOnPage = bound != null
                    && page.allComponents().stream().anyMatch((component) -> bound.equals(component.template()));
        }

        SimpleHash directives() {
            SimpleHash cms = new SimpleHash(PageRenderer.this.engine.getObjectWrapper());
            cms.put("page", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
                if (this.mode == RenderMode.PREVIEW) {
                    env.getOut().write("<meta name=\"robots\" content=\"noindex\">");
                }
            });
            cms.put("area", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
                if (!(params.get("name") instanceof TemplateScalarModel name)) {
                    throw new TemplateModelException("[@cms.area] needs a name");
                }
                area(name.getAsString(), env.getOut());
            });
            cms.put("component", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
                if (!(params.get("content") instanceof ContentModel content)) {
                    throw new TemplateModelException("[@cms.component] needs content=<a component>");
                }
                component(content.node(), env.getOut());
            });
            return cms;
        }

        private void area(String name, Writer out) throws IOException, TemplateException {
            AreaDefinition area = this.definition.areas().get(name);
            if (area == null) {
                throw new TemplateModelException(
                        "Template '" + this.definition.id() + "' declares no area '" + name + "'");
            }
            List<ContentNode> components = new ArrayList<>(
                    this.page.child(name).map(ContentNode::components).orElse(List.of()));
            if (MAIN_AREA.equals(name) && this.bound != null && !this.boundOnPage) {
                components.add(new ContentNode("bound", this.page.path() + "/main/bound", "", ContentNode.COMPONENT,
                        Map.of(ContentNode.TEMPLATE, this.bound), List.of(), null));
            }
            for (ContentNode component : components) {
                component(component, out);
            }
        }

        private void component(ContentNode component, Writer out) throws IOException, TemplateException {
            String templateId = component.template();
            TemplateDefinition definition = (templateId != null)
                    ? PageRenderer.this.definitions.template(templateId).orElse(null) : null;
            if (definition == null) {
                logger.warn("Component '{}' has an unknown template '{}': not rendered", component.path(), templateId);
                return;
            }
            boolean isBound = templateId.equals(this.bound);
            if (definition.isServiceView() && !isBound) {
                if (this.mode == RenderMode.PREVIEW) {
                    placeholder(definition, out);
                }
                return;
            }
            Map<String, Object> root = new HashMap<>(this.shared);
            root.put("content", new ContentModel(component, PageRenderer.this.engine.getObjectWrapper(), false));
            root.put("def", definitionModel(definition));
            root.put("model", isBound ? this.model : new LinkedHashMap<>());
            process(definition.templateScript(), root, out, this.locale);
        }

        private void placeholder(TemplateDefinition definition, Writer out) throws IOException {
            String title = PageRenderer.this.messages.get(definition.title(), this.locale);
            String text = PageRenderer.this.messages.get("childcare-site.preview.serviceView", this.locale, title);
            out.write("<div class=\"cms-placeholder\"><p>");
            out.write(freemarker.template.utility.StringUtil.XHTMLEnc(text));
            out.write("</p></div>");
        }

    }

}
