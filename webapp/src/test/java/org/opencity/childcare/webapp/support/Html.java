package org.opencity.childcare.webapp.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a visitor sees in a page the module's form macros rendered: the value left
 * in a field, the error shown next to it, the list of problems at the top of the form.
 */
public final class Html {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");

    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private Html() {
    }

    /**
     * The {@code value} attribute of the input named {@code name}, as written in the
     * page.
     */
    public static Optional<String> inputValue(String html, String name) {
        return inputTag(html, name).flatMap((tag) -> attribute(tag, "value"));
    }

    /** The whole {@code <input>} tag named {@code name}. */
    public static Optional<String> inputTag(String html, String name) {
        Matcher inputs = INPUT.matcher(html);
        while (inputs.find()) {
            if (inputs.group().contains(" name=\"" + name + "\"")) {
                return Optional.of(inputs.group());
            }
        }
        return Optional.empty();
    }

    /**
     * The error shown next to the field whose element has id {@code fieldId} (for example
     * {@code f-firstName}), without its hidden "Erreur :" prefix.
     */
    public static Optional<String> fieldError(String html, String fieldId) {
        Matcher error = Pattern
            .compile("<p class=\"field-error\" id=\"" + Pattern.quote(fieldId) + "-error\">(.*?)</p>", Pattern.DOTALL)
            .matcher(html);
        if (!error.find()) {
            return Optional.empty();
        }
        return Optional.of(text(error.group(1)).replaceFirst("^Erreur :\\s*", ""));
    }

    /** The links of the error summary at the top of the form, as "#field-id: message". */
    public static List<String> errorSummary(String html) {
        int start = html.indexOf("<div class=\"error-summary\"");
        if (start < 0) {
            return List.of();
        }
        String summary = html.substring(start, html.indexOf("</div>", start));
        Matcher links = Pattern.compile("<a href=\"(#[^\"]+)\">(.*?)</a>", Pattern.DOTALL).matcher(summary);
        List<String> items = new ArrayList<>();
        while (links.find()) {
            items.add(links.group(1) + ": " + text(links.group(2)));
        }
        return items;
    }

    /** The text of a fragment, tags removed and spaces collapsed. */
    public static String text(String html) {
        return TAG.matcher(html).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private static Optional<String> attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? Optional.of(value.group(1)) : Optional.empty();
    }

}
