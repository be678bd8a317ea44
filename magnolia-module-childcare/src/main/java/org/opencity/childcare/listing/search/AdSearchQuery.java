package org.opencity.childcare.listing.search;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.opencity.childcare.listing.AdConfiguration;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.CareType;
import org.opencity.childcare.listing.WeeklySchedule;

/**
 * The filters of a search in the listings, and the page asked for. Empty sets and null
 * values mean "any". The query travels in a bookmarkable URL with French parameter names
 * ({@link #toQueryString()}, {@link #fromParameters(Map)}); in that URL the page number
 * counts from 1, as members see it, while {@link #page()} counts from 0.
 *
 * @param configurations the configurations wanted; empty for any
 * @param careTypes the care types wanted; empty for any
 * @param neighbourhoods the ids of the neighbourhoods wanted; empty for any
 * @param needed the half-days the ad must all cover
 * @param childAgeYears an age in whole years today that one of the ad's children must
 * have; ads without children (caregivers' ads) always match
 * @param availableFrom the date care must be able to start by: the ad's start date is on
 * or before it
 * @param text free text as typed; each of its words must be a whole word of the ad's
 * title or text, accents and case aside
 * @param page the page, from 0
 * @param pageSize how many ads a page holds
 */
public record AdSearchQuery(Set<AdConfiguration> configurations, Set<CareType> careTypes, Set<String> neighbourhoods,
        WeeklySchedule needed, @Nullable Integer childAgeYears, @Nullable LocalDate availableFrom,
        @Nullable String text, int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;

    /** The oldest child age a search may ask for. */
    public static final int MAX_CHILD_AGE = 17;

    /** Deeper pages are refused: nobody reads them and they only cost. */
    public static final int MAX_PAGE = 9_999;

    /** Longer free text is cut when read from a URL. */
    public static final int MAX_TEXT_LENGTH = 200;

    /** More neighbourhoods than this in a URL are ignored. */
    public static final int MAX_NEIGHBOURHOODS = 30;

    static final String CONFIGURATION = "configuration";

    static final String CARE_TYPE = "garde";

    static final String NEIGHBOURHOOD = "quartier";

    static final String SLOT = "creneau";

    static final String AGE = "age";

    static final String START = "debut";

    static final String TEXT = "q";

    static final String PAGE = "page";

    private static final Pattern NEIGHBOURHOOD_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private static final int EARLIEST_YEAR = 1900;

    private static final int LATEST_YEAR = 2200;

    public AdSearchQuery {
        configurations = Collections.unmodifiableSet(enumSet(AdConfiguration.class, configurations));
        careTypes = Collections.unmodifiableSet(enumSet(CareType.class, careTypes));
        neighbourhoods = Collections.unmodifiableSortedSet(new TreeSet<>(neighbourhoods));
        text = (text == null || text.isBlank()) ? null : text.strip();
        if (childAgeYears != null && (childAgeYears < 0 || childAgeYears > MAX_CHILD_AGE)) {
            throw new IllegalArgumentException(
                    "A child's age is between 0 and " + MAX_CHILD_AGE + ": " + childAgeYears);
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("Pages go from 0 to " + MAX_PAGE + ": " + page);
        }
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("A page holds 1 to 100 ads: " + pageSize);
        }
    }

    /** A search for every listed ad, first page. */
    public static AdSearchQuery any() {
        return new AdSearchQuery(Set.of(), Set.of(), Set.of(), WeeklySchedule.EMPTY, null, null, null, 0,
                DEFAULT_PAGE_SIZE);
    }

    public AdSearchQuery withConfigurations(Collection<AdConfiguration> wanted) {
        return new AdSearchQuery(Set.copyOf(wanted), this.careTypes, this.neighbourhoods, this.needed,
                this.childAgeYears, this.availableFrom, this.text, this.page, this.pageSize);
    }

    public AdSearchQuery withCareTypes(Collection<CareType> wanted) {
        return new AdSearchQuery(this.configurations, Set.copyOf(wanted), this.neighbourhoods, this.needed,
                this.childAgeYears, this.availableFrom, this.text, this.page, this.pageSize);
    }

    public AdSearchQuery withNeighbourhoods(Collection<String> wanted) {
        return new AdSearchQuery(this.configurations, this.careTypes, Set.copyOf(wanted), this.needed,
                this.childAgeYears, this.availableFrom, this.text, this.page, this.pageSize);
    }

    public AdSearchQuery withNeeded(WeeklySchedule halfDays) {
        return new AdSearchQuery(this.configurations, this.careTypes, this.neighbourhoods, halfDays, this.childAgeYears,
                this.availableFrom, this.text, this.page, this.pageSize);
    }

    public AdSearchQuery withChildAge(@Nullable Integer years) {
        return new AdSearchQuery(this.configurations, this.careTypes, this.neighbourhoods, this.needed, years,
                this.availableFrom, this.text, this.page, this.pageSize);
    }

    public AdSearchQuery withAvailableFrom(@Nullable LocalDate date) {
        return new AdSearchQuery(this.configurations, this.careTypes, this.neighbourhoods, this.needed,
                this.childAgeYears, date, this.text, this.page, this.pageSize);
    }

    public AdSearchQuery withText(@Nullable String freeText) {
        return new AdSearchQuery(this.configurations, this.careTypes, this.neighbourhoods, this.needed,
                this.childAgeYears, this.availableFrom, freeText, this.page, this.pageSize);
    }

    public AdSearchQuery withPage(int number) {
        return new AdSearchQuery(this.configurations, this.careTypes, this.neighbourhoods, this.needed,
                this.childAgeYears, this.availableFrom, this.text, number, this.pageSize);
    }

    /**
     * The distinct words of the free text, normalised as the ads' search text is; empty
     * when there is no text or nothing in it is a letter or a digit.
     */
    public List<String> words() {
        if (this.text == null) {
            return List.of();
        }
        String normalised = AdRepository.searchText(this.text, "");
        if (normalised.isEmpty()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.asList(normalised.split(" "))));
    }

    /** The position of the page's first ad among all results. */
    public int firstResult() {
        return this.page * this.pageSize;
    }

    /**
     * The query as URL parameters, without the leading {@code ?}: empty for a search of
     * everything on the first page. Values are in a fixed order, so one search has one
     * URL.
     */
    public String toQueryString() {
        List<String> pairs = new ArrayList<>();
        this.configurations.forEach((c) -> pairs.add(pair(CONFIGURATION, c.name())));
        this.careTypes.forEach((c) -> pairs.add(pair(CARE_TYPE, c.name())));
        this.neighbourhoods.forEach((n) -> pairs.add(pair(NEIGHBOURHOOD, n)));
        this.needed.slots().forEach((s) -> pairs.add(pair(SLOT, s)));
        if (this.childAgeYears != null) {
            pairs.add(pair(AGE, this.childAgeYears.toString()));
        }
        if (this.availableFrom != null) {
            pairs.add(pair(START, this.availableFrom.toString()));
        }
        if (this.text != null) {
            pairs.add(pair(TEXT, this.text));
        }
        if (this.page > 0) {
            pairs.add(pair(PAGE, Integer.toString(this.page + 1)));
        }
        return String.join("&", pairs);
    }

    /**
     * The query that decoded request parameters describe. Values that mean nothing (an
     * unknown care type, an age of "abc", a date in the wrong format) are ignored, never
     * refused: a shared or hand-edited URL still shows a search.
     */
    public static AdSearchQuery fromParameters(Map<String, ? extends @Nullable List<@Nullable String>> parameters) {
        Set<AdConfiguration> configurations = enums(AdConfiguration.class, values(parameters, CONFIGURATION));
        Set<CareType> careTypes = enums(CareType.class, values(parameters, CARE_TYPE));
        Set<String> neighbourhoods = new TreeSet<>();
        for (String value : values(parameters, NEIGHBOURHOOD)) {
            if (NEIGHBOURHOOD_ID.matcher(value).matches() && neighbourhoods.size() < MAX_NEIGHBOURHOODS) {
                neighbourhoods.add(value);
            }
        }
        WeeklySchedule needed = WeeklySchedule.EMPTY;
        for (String value : values(parameters, SLOT)) {
            needed = needed.union(slot(value));
        }
        Integer age = first(values(parameters, AGE), (v) -> number(v, 0, MAX_CHILD_AGE));
        LocalDate start = first(values(parameters, START), AdSearchQuery::date);
        String text = first(values(parameters, TEXT), AdSearchQuery::text);
        Integer page = first(values(parameters, PAGE), (v) -> number(v, 1, MAX_PAGE + 1));

        return new AdSearchQuery(configurations, careTypes, neighbourhoods, needed, age, start, text,
                (page != null) ? page - 1 : 0, DEFAULT_PAGE_SIZE);
    }

    /**
     * The query an encoded query string describes, such as one that
     * {@link #toQueryString()} wrote or a saved search kept; junk is ignored as in
     * {@link #fromParameters(Map)}.
     */
    public static AdSearchQuery fromQueryString(@Nullable String queryString) {
        Map<String, List<@Nullable String>> parameters = new LinkedHashMap<>();
        if (queryString != null) {
            for (String pair : queryString.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode((equals < 0) ? pair : pair.substring(0, equals));
                String value = decode((equals < 0) ? "" : pair.substring(equals + 1));
                if (name != null && value != null) {
                    parameters.computeIfAbsent(name, (n) -> new ArrayList<>()).add(value);
                }
            }
        }
        return fromParameters(parameters);
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static @Nullable String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static List<String> values(Map<String, ? extends @Nullable List<@Nullable String>> parameters,
            String name) {
        List<@Nullable String> values = parameters.get(name);
        if (values == null) {
            return List.of();
        }
        List<String> present = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                present.add(value.strip());
            }
        }
        return present;
    }

    private static <T> @Nullable T first(List<String> values, Parser<T> parser) {
        for (String value : values) {
            T parsed = parser.parse(value);
            if (parsed != null) {
                return parsed;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> values) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : values) {
            try {
                result.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            }
            catch (IllegalArgumentException ex) {
                // Not one of ours: ignored, as documented.
            }
        }
        return result;
    }

    private static WeeklySchedule slot(String value) {
        try {
            return WeeklySchedule.parse(List.of(value.toUpperCase(Locale.ROOT)));
        }
        catch (IllegalArgumentException ex) {
            return WeeklySchedule.EMPTY;
        }
    }

    private static @Nullable Integer number(String value, int min, int max) {
        if (value.length() > 6) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            return (number >= min && number <= max) ? number : null;
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    private static @Nullable LocalDate date(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            return (date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR) ? date : null;
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    private static String text(String value) {
        return (value.length() > MAX_TEXT_LENGTH) ? value.substring(0, MAX_TEXT_LENGTH) : value;
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
        Set<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return copy;
    }

    @FunctionalInterface
    private interface Parser<T> {

        @Nullable T parse(String value);

    }

}
