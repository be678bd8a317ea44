package org.opencity.childcare.listing.search;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.listing.AdConfiguration;
import org.opencity.childcare.listing.CareType;
import org.opencity.childcare.listing.HalfDay;

/**
 * A search's filters said in words, for members: "Garde partagée · Centre-ville, Gare ·
 * lundi matin, mardi après-midi · enfant de 2 ans · « jardin »". Shown on the search
 * page, in the list of saved searches and in alert mails, and the default name of a saved
 * search. Neighbourhoods are named as configured; one no longer configured shows its id.
 */
public final class SearchDescription {

    /** What separates the filters in {@link #describe}. */
    public static final String SEPARATOR = " · ";

    private static final String PREFIX = "childcare.searchDescription.";

    private final Messages messages;

    private final Neighbourhoods neighbourhoods;

    public SearchDescription(Messages messages, Neighbourhoods neighbourhoods) {
        this.messages = messages;
        this.neighbourhoods = neighbourhoods;
    }

    /**
     * The filters in one line, joined by {@link #SEPARATOR}; "Toutes les annonces" for a
     * search without filters.
     */
    public String describe(AdSearchQuery query, Locale locale) {
        List<String> parts = parts(query, locale);
        return parts.isEmpty() ? this.messages.get(PREFIX + "all", locale) : String.join(SEPARATOR, parts);
    }

    /**
     * One text per kind of filter set, in a fixed order: configurations, care types,
     * neighbourhoods, half-days, child age, start date, free text. Empty for a search
     * without filters. The page number is no filter and never shown.
     */
    public List<String> parts(AdSearchQuery query, Locale locale) {
        Locale language = Messages.supported(locale);
        List<String> parts = new ArrayList<>();
        if (!query.configurations().isEmpty()) {
            parts.add(join(query.configurations()
                .stream()
                .map((AdConfiguration c) -> this.messages.get(PREFIX + "configuration." + c.name(), language))
                .toList()));
        }
        if (!query.careTypes().isEmpty()) {
            parts.add(join(query.careTypes()
                .stream()
                .map((CareType c) -> this.messages.get(PREFIX + "careType." + c.name(), language))
                .toList()));
        }
        if (!query.neighbourhoods().isEmpty()) {
            parts.add(join(query.neighbourhoods().stream().map(this.neighbourhoods::nameOf).toList()));
        }
        if (!query.needed().isEmpty()) {
            parts.add(join(halfDays(query, language)));
        }
        if (query.childAgeYears() != null) {
            parts.add(this.messages.get(PREFIX + "childAge", language, query.childAgeYears()));
        }
        if (query.availableFrom() != null) {
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language)
                .format(query.availableFrom());
            parts.add(this.messages.get(PREFIX + "startBy", language, date));
        }
        if (query.text() != null) {
            parts.add(this.messages.get(PREFIX + "text", language, query.text()));
        }
        return parts;
    }

    private List<String> halfDays(AdSearchQuery query, Locale language) {
        List<String> slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (HalfDay halfDay : HalfDay.values()) {
                if (query.needed().contains(day, halfDay)) {
                    slots.add(this.messages.get(PREFIX + "slot", language,
                            day.getDisplayName(TextStyle.FULL_STANDALONE, language),
                            this.messages.get(PREFIX + "halfDay." + halfDay.name(), language)));
                }
            }
        }
        return slots;
    }

    private static String join(List<String> values) {
        return String.join(", ", values);
    }

}
