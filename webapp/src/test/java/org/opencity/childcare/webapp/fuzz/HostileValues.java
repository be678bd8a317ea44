package org.opencity.childcare.webapp.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * What an attacker or a broken client types into a form: very long strings, control
 * characters, script and template syntax, wrong types; and the forms in which an echo of
 * them would be dangerous in a page.
 */
final class HostileValues {

    /** The 100,000-character value. */
    static final String LONG = "Zz".repeat(50_000);

    /** Every hostile value, in a fixed order. */
    static final List<String> ALL = List.of(LONG, "\u0000nul\u0007bell\u202Eevil\u0008\u001B[31m\r\nX-Injected: 1",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)",
            "<b>bold</b>@example.org", "javascript:alert(1)", "${7*7}ZZQ", "[=7*7]ZZQ", "#{7*7}ZZQ",
            "[#assign zzq=7*7][=zzq]ZZQ", "<#assign zzq=7*7>${zzq}ZZQ", "[#include \"/etc/passwd\"]", "{{7*7}}ZZQ",
            "abc", "-1", "99999999999999999999", "1e400", "NaN", "2024-02-30", "31/31/2031", "", "   ",
            "\uD800 lone surrogate \uDFFF", "😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "../../../../etc/passwd", "%00%252e%C3%28",
            "' or '1'='1", "/jcr:root//*[@jcr:primaryType]", "*", "[", "a@b@c", "SELECT * FROM [nt:base]");

    /**
     * A shorter list for the pages that only read query parameters and for the login
     * forms, where each attempt costs a password hash.
     */
    static final List<String> CORE = List.of(LONG, ALL.get(1), "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)", "javascript:alert(1)", "${7*7}ZZQ",
            "[=7*7]ZZQ", "[#assign zzq=7*7][=zzq]ZZQ", "abc", "-1", "", "\uD800 lone surrogate \uDFFF", "' or '1'='1");

    /** Values that fit in a URL path segment, for path variables. */
    static final List<String> PATH_VALUES = List.of("<script>alert(1)</script>", "${7*7}ZZQ", "[=7*7]ZZQ",
            "' or '1'='1", "..", "a/b", "[", "jcr:content", "Zz".repeat(2_000));

    /** Field names that abuse data binding: far indexes, negative ones, class paths. */
    static final List<String> ABUSIVE_NAMES = List.of("children[99999].month", "children[-1].month",
            "children[2147483648].year", "ranges[99999].day", "slots[99999]", "languages[]", "children[0].month[0]",
            "children.month", "[]", "class.module.classLoader.resources.context.parent.pipeline.first.pattern",
            "documents[0]");

    /**
     * What must never appear verbatim in a response: markup that would run, or the result
     * of evaluating template syntax (a {@code 49} right before {@code ZZQ}).
     */
    static final List<String> DANGEROUS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "' onmouseover='alert(1)", "<b>bold</b>", "href=\"javascript:alert(1)", "src=\"javascript:alert(1)",
            "action=\"javascript:alert(1)", "href='javascript:alert(1)", "49ZZQ");

    private HostileValues() {
    }

    /** The dangerous forms found in {@code body}. */
    static List<String> unescaped(String body) {
        List<String> found = new ArrayList<>();
        for (String marker : DANGEROUS) {
            if (body.contains(marker)) {
                found.add(marker);
            }
        }
        return found;
    }

    /** A value shortened and made printable, for failure messages. */
    static String show(String value) {
        StringBuilder shown = new StringBuilder();
        String cut = (value.length() > 60) ? value.substring(0, 40) : value;
        cut.codePoints().forEach((c) -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE) {
                shown.append(String.format("\\u%04X", c));
            }
            else {
                shown.appendCodePoint(c);
            }
        });
        if (cut.length() < value.length()) {
            shown.append("…(").append(value.length()).append(" chars)");
        }
        return shown.toString();
    }

}
