package org.opencity.childcare.webapp.rendering.definition;

import java.util.List;
import java.util.Optional;

/**
 * A dialog: the form editors fill in for a page or component, in Magnolia 6 syntax
 * ({@code form.properties}).
 *
 * @param label an i18n key
 * @param fields the fields in the order declared
 */
public record DialogDefinition(String id, String label, List<FieldDefinition> fields) {

    public Optional<FieldDefinition> field(String name) {
        return this.fields.stream().filter((field) -> field.name().equals(name)).findFirst();
    }

}
