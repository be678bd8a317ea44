package org.opencity.childcare.webapp.rendering.definition;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One dialog field.
 *
 * @param type Magnolia's {@code $type}: one of {@link #SUPPORTED_TYPES}
 * @param label an i18n key
 * @param description an i18n key, or null
 * @param maxLength the longest value accepted, 0 for the default
 * @param rows lines of a text field, 1 for a single line
 * @param options the choices of a select
 * @param buttonLabel an i18n key for a checkbox's own label, or null
 */
public record FieldDefinition(String name, String type, String label, @Nullable String description, boolean required,
        int maxLength, int rows, List<Option> options, @Nullable String defaultValue, @Nullable String buttonLabel) {

    public static final String TEXT = "textField";

    public static final String RICH_TEXT = "richTextField";

    public static final String CHECKBOX = "checkBoxField";

    public static final String SELECT = "comboBoxField";

    public static final String DATE = "dateField";

    public static final String UPLOAD = "uploadField";

    public static final String LINK = "linkField";

    /** The field types the host supports: those the module's dialogs use. */
    public static final Set<String> SUPPORTED_TYPES = Set.of(TEXT, RICH_TEXT, CHECKBOX, SELECT, DATE, UPLOAD, LINK);

    /** One choice of a select: the stored value and its i18n label key. */
    public record Option(String value, String label) {
    }

}
