package org.opencity.childcare.webapp.rendering;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.SimpleScalar;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import org.opencity.childcare.webapp.website.ContentNode;

/**
 * The {@code cmsfn} object of templates: the few of Magnolia's templating functions the
 * module's and light module's templates use.
 * <ul>
 * <li>{@code cmsfn.decode(content)}: the same node, its text printed as sanitised
 * HTML</li>
 * <li>{@code cmsfn.link(node)}: a page's address, or an uploaded file's</li>
 * <li>{@code cmsfn.children(content)},
 * {@code cmsfn.children(content, 'mgnl:component')}</li>
 * <li>{@code cmsfn.isEditMode()}, {@code cmsfn.language()}</li>
 * </ul>
 */
final class CmsFunctions {

    /** Where the back office serves a draft's uploaded files to the editor's preview. */
    public static final String PREVIEW_FILES = "/backoffice/pages/fichier";

    /** Where residents get a published page's uploaded files. */
    public static final String PUBLIC_FILES = "/.binary";

    private CmsFunctions() {
    }

    static SimpleHash create(ObjectWrapper wrapper, String contextPath, String language, RenderMode mode) {
        SimpleHash functions = new SimpleHash(wrapper);
        functions.put("decode", (TemplateMethodModelEx) (arguments) -> content(arguments, 0).decode());
        functions.put("link", (TemplateMethodModelEx) (arguments) -> {
            ContentNode node = content(arguments, 0).node();
            return new SimpleScalar(link(node, contextPath, mode));
        });
        functions.put("children", (TemplateMethodModelEx) (arguments) -> {
            ContentModel parent = content(arguments, 0);
            String nodeType = (arguments.size() > 1 && arguments.get(1) instanceof TemplateScalarModel type)
                    ? type.getAsString() : null;
            SimpleSequence children = new SimpleSequence(wrapper);
            parent.node()
                .children()
                .stream()
                .filter((child) -> nodeType == null || nodeType.equals(child.nodeType()))
                .forEach((child) -> children.add(new ContentModel(child, wrapper, false)));
            return children;
        });
        functions.put("isEditMode", (TemplateMethodModelEx) (arguments) -> (mode == RenderMode.PREVIEW)
                ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE);
        functions.put("language", (TemplateMethodModelEx) (arguments) -> new SimpleScalar(language));
        return functions;
    }

    static String link(ContentNode node, String contextPath, RenderMode mode) {
        if (ContentNode.RESOURCE.equals(node.nodeType())) {
            ContentNode.Binary binary = node.binary();
            String version = (binary != null) ? Long.toHexString(binary.size()) : "0";
            if (mode == RenderMode.PREVIEW) {
                return contextPath + PREVIEW_FILES + "?chemin="
                        + URLEncoder.encode(node.path(), StandardCharsets.UTF_8);
            }
            return contextPath + PUBLIC_FILES + node.path() + "?v=" + version;
        }
        return contextPath + node.path();
    }

    private static ContentModel content(List<?> arguments, int index) throws TemplateModelException {
        if (arguments.size() > index && arguments.get(index) instanceof ContentModel content) {
            return content;
        }
        Object given = (arguments.size() > index) ? arguments.get(index) : null;
        throw new TemplateModelException("Expected a content node, got " + given);
    }

}
