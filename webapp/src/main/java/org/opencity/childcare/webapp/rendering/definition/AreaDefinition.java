package org.opencity.childcare.webapp.rendering.definition;

import java.util.List;

/**
 * One area of a page template.
 *
 * @param type {@code list}, {@code single} or {@code noComponent}
 * @param availableComponents the ids of the components editors may place here, in order
 * @param maxComponents how many components the area holds at most
 */
public record AreaDefinition(String name, String type, List<String> availableComponents, int maxComponents,
        boolean editable) {

    /** Whether editors may place a component of this template here. */
    public boolean accepts(String templateId) {
        return this.editable && !"noComponent".equals(this.type) && this.availableComponents.contains(templateId);
    }

    /** How many components the area may hold. */
    public int capacity() {
        return "single".equals(this.type) ? 1 : this.maxComponents;
    }

}
