package org.opencity.childcare.webapp.rendering.definition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Turns parsed YAML into definitions, checking the keys the host relies on. Keys of
 * Magnolia's formats that the host does not use ({@code renderType},
 * {@code description}…) are accepted and ignored.
 */
final class DefinitionReader {

    private static final int DEFAULT_MAX_COMPONENTS = 20;

    private DefinitionReader() {
    }

    static TemplateDefinition template(String id, Object yaml) {
        Map<String, Object> map = map(yaml, id);
        String script = string(map, "templateScript");
        if (script == null) {
            throw new InvalidDefinitionException("Template '" + id + "' has no templateScript");
        }
        Map<String, AreaDefinition> areas = new LinkedHashMap<>();
        map(map.getOrDefault("areas", Map.of()), id).forEach((name, area) -> areas.put(name, area(id, name, area)));
        return new TemplateDefinition(id, stringOr(map, "title", id), script, string(map, "dialog"),
                bool(map, "visible", true), bool(map, "deletable", true), bool(map, "moveable", true),
                Map.copyOf(map(map.getOrDefault("parameters", Map.of()), id)),
                // In the order declared: the page editor lists areas as pages show them.
                Collections.unmodifiableMap(areas));
    }

    private static AreaDefinition area(String templateId, String name, Object yaml) {
        String where = templateId + " area " + name;
        Map<String, Object> map = map((yaml != null) ? yaml : Map.of(), where);
        List<String> available = new ArrayList<>();
        map(map.getOrDefault("availableComponents", Map.of()), where).forEach((key, value) -> {
            String componentId = (value instanceof Map<?, ?> entry && entry.get("id") instanceof String text) ? text
                    : null;
            if (componentId == null) {
                throw new InvalidDefinitionException("Available component '" + key + "' of " + where + " has no id");
            }
            available.add(componentId);
        });
        Object max = map.get("maxComponents");
        return new AreaDefinition(name, stringOr(map, "type", "list"), List.copyOf(available),
                (max instanceof Number number) ? number.intValue() : DEFAULT_MAX_COMPONENTS,
                bool(map, "editable", true));
    }

    static DialogDefinition dialog(String id, Object yaml) {
        Map<String, Object> map = map(yaml, id);
        Map<String, Object> form = map(map.getOrDefault("form", Map.of()), id);
        List<FieldDefinition> fields = new ArrayList<>();
        map(form.getOrDefault("properties", Map.of()), id).forEach((name, field) -> fields.add(field(id, name, field)));
        return new DialogDefinition(id, stringOr(map, "label", id), List.copyOf(fields));
    }

    private static FieldDefinition field(String dialogId, String name, Object yaml) {
        String where = "field '" + name + "' of dialog '" + dialogId + "'";
        Map<String, Object> map = map((yaml != null) ? yaml : Map.of(), where);
        String type = stringOr(map, "$type", FieldDefinition.TEXT);
        if (!FieldDefinition.SUPPORTED_TYPES.contains(type)) {
            throw new InvalidDefinitionException("The " + where + " has the type '" + type
                    + "', which the host does not support; supported: " + FieldDefinition.SUPPORTED_TYPES);
        }
        List<FieldDefinition.Option> options = new ArrayList<>();
        if (map.get("datasource") instanceof Map<?, ?> datasource
                && datasource.get("options") instanceof List<?> list) {
            for (Object option : list) {
                Map<String, Object> entry = map(option, where);
                String value = stringOr(entry, "value", stringOr(entry, "name", ""));
                options.add(new FieldDefinition.Option(value, stringOr(entry, "label", value)));
            }
        }
        Object maxLength = map.get("maxLength");
        Object rows = map.get("rows");
        Object defaultValue = map.get("defaultValue");
        return new FieldDefinition(name, type, stringOr(map, "label", name), string(map, "description"),
                bool(map, "required", false), (maxLength instanceof Number number) ? number.intValue() : 0,
                (rows instanceof Number number) ? Math.max(1, number.intValue()) : 1, List.copyOf(options),
                (defaultValue != null) ? defaultValue.toString() : null, string(map, "buttonLabel"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml, String where) {
        if (yaml instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            ((Map<Object, Object>) map).forEach((key, value) -> result.put(String.valueOf(key), value));
            return result;
        }
        throw new InvalidDefinitionException("Expected a map in '" + where + "', found: " + yaml);
    }

    private static @Nullable String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return (value != null) ? value.toString() : null;
    }

    private static String stringOr(Map<String, Object> map, String key, String fallback) {
        String value = string(map, key);
        return (value != null) ? value : fallback;
    }

    private static boolean bool(Map<String, Object> map, String key, boolean fallback) {
        Object value = map.get(key);
        return (value instanceof Boolean flag) ? flag : fallback;
    }

}
