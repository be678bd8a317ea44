package org.opencity.childcare.webapp.fuzz;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

/**
 * The forms of a page as a browser sees them: where each posts, the names of its fields,
 * and what a browser would send untouched (values, checked boxes, first options).
 */
record PageForms(String action, String method, Set<String> names, MultiValueMap<String, String> defaults) {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b([^>]*)>",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);

    /**
     * The forms of {@code html}, with actions relative to the page at {@code pagePath}.
     */
    static List<PageForms> in(String html, String pagePath) {
        List<PageForms> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String attributes = form.group(1);
            String action = attribute(attributes, "action").map(HtmlUtils::htmlUnescape).orElse(pagePath);
            String path = URI.create(pagePath).resolve(action.isEmpty() ? pagePath : action).getRawPath();
            String method = attribute(attributes, "method").orElse("get").toUpperCase(Locale.ROOT);
            Set<String> names = new LinkedHashSet<>();
            MultiValueMap<String, String> defaults = new LinkedMultiValueMap<>();
            String body = form.group(2);
            Matcher field = FIELD.matcher(body);
            while (field.find()) {
                String tag = field.group(1).toLowerCase(Locale.ROOT);
                String fieldAttributes = field.group(2);
                Optional<String> name = attribute(fieldAttributes, "name").map(HtmlUtils::htmlUnescape);
                if (name.isEmpty() || name.get().equals("_csrf")) {
                    continue;
                }
                names.add(name.get());
                int close = body.indexOf("</" + tag, field.end());
                String content = (close >= 0) ? body.substring(field.end(), close) : "";
                String type = attribute(fieldAttributes, "type").orElse("text").toLowerCase(Locale.ROOT);
                if (tag.equals("select")) {
                    Matcher option = OPTION.matcher(content);
                    while (option.find()) {
                        if (!option.group(1).isEmpty()) {
                            defaults.add(name.get(), HtmlUtils.htmlUnescape(option.group(1)));
                            break;
                        }
                    }
                }
                else if (tag.equals("textarea")) {
                    defaults.add(name.get(), HtmlUtils.htmlUnescape(content));
                }
                else if (type.equals("checkbox") || type.equals("radio")) {
                    if (fieldAttributes.matches("(?is).*\\bchecked\\b.*")) {
                        defaults.add(name.get(), attribute(fieldAttributes, "value").orElse("on"));
                    }
                }
                else if (!type.equals("submit") && !type.equals("file")) {
                    attribute(fieldAttributes, "value").map(HtmlUtils::htmlUnescape)
                        .ifPresent((value) -> defaults.add(name.get(), value));
                }
            }
            forms.add(new PageForms(path, method, names, defaults));
        }
        return forms;
    }

    private static Optional<String> attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(attributes);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

}
