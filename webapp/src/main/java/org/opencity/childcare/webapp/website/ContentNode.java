package org.opencity.childcare.webapp.website;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A page, area or component read from the {@code website} workspaces into memory, so that
 * rendering needs no open session and a page can be copied between workspaces as a value.
 *
 * @param properties String, Boolean, Long, Double, java.util.Date, or a list of those for
 * multi-valued properties; JCR's own properties are left out
 * @param children in their stored order; sub-pages are left out when a page is read for
 * rendering or publishing
 * @param binary the file of an uploaded image ({@code mgnl:resource}), else null
 */
public record ContentNode(String name, String path, String identifier, String nodeType, Map<String, Object> properties,
        List<ContentNode> children, @Nullable Binary binary) {

    public static final String PAGE = "mgnl:page";

    public static final String AREA = "mgnl:area";

    public static final String COMPONENT = "mgnl:component";

    public static final String RESOURCE = "mgnl:resource";

    public static final String TEMPLATE = "mgnl:template";

    public Optional<ContentNode> child(String childName) {
        return this.children.stream().filter((child) -> child.name().equals(childName)).findFirst();
    }

    public @Nullable String template() {
        return (this.properties.get(TEMPLATE) instanceof String template) ? template : null;
    }

    public @Nullable String string(String property) {
        Object value = this.properties.get(property);
        return (value != null) ? value.toString() : null;
    }

    public boolean isPage() {
        return PAGE.equals(this.nodeType);
    }

    /** The components of this area, in order. */
    public List<ContentNode> components() {
        return this.children.stream().filter((child) -> COMPONENT.equals(child.nodeType())).toList();
    }

    /** Every component of every area of this page. */
    public List<ContentNode> allComponents() {
        return this.children.stream()
            .filter((child) -> AREA.equals(child.nodeType()))
            .flatMap((area) -> area.components().stream())
            .toList();
    }

    /**
     * An uploaded file.
     *
     * @param data the bytes when read for copying; null when read for rendering
     */
    public record Binary(String mimeType, String fileName, long size, byte @Nullable [] data) {
    }

}
