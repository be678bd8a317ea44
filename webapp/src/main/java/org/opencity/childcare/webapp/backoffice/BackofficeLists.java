package org.opencity.childcare.webapp.backoffice;

import java.util.Arrays;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters and pages of the back-office lists (ads, members), read from bookmarkable
 * parameters that anyone may have typed: a status, a text and a page number.
 */
final class BackofficeLists {

    /** The list's filters and page, as bookmarkable parameters. */
    static final String STATUS = "statut";

    static final String TEXT = "recherche";

    static final String PAGE = "page";

    /** Longest search text kept; the rest is dropped. */
    private static final int TEXT_MAX = 200;

    private BackofficeLists() {
    }

    /** The status asked for; null (every status) for none or one that does not exist. */
    static <E extends Enum<E>> @Nullable E status(Class<E> type, @Nullable String value) {
        return Arrays.stream(type.getEnumConstants())
            .filter((status) -> status.name().equals(value))
            .findFirst()
            .orElse(null);
    }

    /** The text searched for, trimmed and cut to a sensible length. */
    static String text(@Nullable String value) {
        String typed = (value != null) ? value.strip() : "";
        return (typed.length() > TEXT_MAX) ? typed.substring(0, TEXT_MAX) : typed;
    }

    /** The page asked for; the first for none or nonsense. */
    static int page(@Nullable String value) {
        if (value == null || !value.matches("\\d{1,6}")) {
            return 1;
        }
        return Integer.parseInt(value);
    }

    /**
     * The list at {@code base} with the same filters on another page. The text goes in as
     * a variable, so that it is encoded strictly ({@code +} and {@code &} included).
     */
    static String path(String base, @Nullable Enum<?> status, String text, int page) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(base);
        if (status != null) {
            builder.queryParam(STATUS, status.name());
        }
        if (!text.isEmpty()) {
            builder.queryParam(TEXT, "{text}");
        }
        builder.queryParam(PAGE, page);
        return builder.encode().buildAndExpand(Map.of("text", text)).toUriString();
    }

    /**
     * What every list's template needs besides its rows: the filters as chosen, the
     * count, and the addresses of the neighbouring pages with the same filters.
     */
    static void describe(Model model, String base, @Nullable Enum<?> status, String text, int total, int page,
            int pages) {
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("filtered", status != null || !text.isEmpty());
        model.addAttribute("status", (status != null) ? status.name() : "");
        model.addAttribute("text", text);
        model.addAttribute("listPath", base);
        if (page > 1) {
            model.addAttribute("previousPath", path(base, status, text, page - 1));
        }
        if (page < pages) {
            model.addAttribute("nextPath", path(base, status, text, page + 1));
        }
    }

}
