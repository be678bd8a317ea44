package org.opencity.childcare.webapp.rendering.definition;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A page or component template as its YAML file declares it: the subset of Magnolia's
 * template definition the module uses.
 *
 * @param id {@code <module>:<path below templates/>}, e.g.
 * {@code childcare:components/adSearch}
 * @param title an i18n key
 * @param templateScript the FreeMarker script, an absolute resource path
 * @param dialog the id of the dialog editors fill in, if any
 * @param parameters free values templates read as {@code def.parameters}
 * @param areas a page's areas, in the order declared
 */
public record TemplateDefinition(String id, String title, String templateScript, @Nullable String dialog,
        boolean visible, boolean deletable, boolean moveable, Map<String, Object> parameters,
        Map<String, AreaDefinition> areas) {

    /** Whether this template renders a page, rather than a component. */
    public boolean isPage() {
        return this.id.contains(":pages/");
    }

    /**
     * Whether the service prepares this component's content for each visitor: it shows
     * only where a request of the service binds it, and editors can neither add nor
     * delete it.
     */
    public boolean isServiceView() {
        return Boolean.TRUE.equals(this.parameters.get("serviceView"));
    }

}
