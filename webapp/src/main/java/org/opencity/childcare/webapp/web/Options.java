package org.opencity.childcare.webapp.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencity.childcare.i18n.Messages;

/**
 * Value and label pairs for radio buttons and select lists.
 */
public final class Options {

    private Options() {
    }

    /** One option per constant, labelled by {@code <keyPrefix>.<NAME>}. */
    public static <E extends Enum<E>> List<Map<String, String>> ofEnum(Class<E> type, String keyPrefix,
            Messages messages, Locale locale) {
        return java.util.Arrays.stream(type.getEnumConstants())
            .map((constant) -> option(constant.name(), messages.get(keyPrefix + "." + constant.name(), locale)))
            .toList();
    }

    public static Map<String, String> option(String value, String label) {
        return Map.of("value", value, "label", label);
    }

}
