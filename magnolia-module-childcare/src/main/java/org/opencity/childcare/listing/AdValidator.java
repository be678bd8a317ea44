package org.opencity.childcare.listing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.member.MemberKind;
import org.opencity.childcare.validation.ChildBirths;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.validation.TextRules;

/**
 * Checks an ad form field by field and turns it into {@link AdContent}. Every problem is
 * reported against the field it concerns, with a message key that says how to fix it.
 */
public final class AdValidator {

    static final int TITLE_MIN = 5;

    static final int TITLE_MAX = 80;

    static final int TEXT_MIN = 20;

    static final int TEXT_MAX = 2000;

    static final int MAX_LANGUAGES = 5;

    static final BigDecimal RATE_MIN = BigDecimal.ONE;

    static final BigDecimal RATE_MAX = new BigDecimal(100);

    /** Languages an ad may list: ISO 639-1 codes, and "other". */
    public static final List<String> LANGUAGES = List.of("fr", "en", "ar", "es", "pt", "it", "de", "tr", "ru", "zh",
            "ro", "pl", "wo", "ln", "other");

    private static final Pattern RATE = Pattern.compile("\\d{1,3}(?:[.,]\\d{1,2})?");

    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");

    private final Neighbourhoods neighbourhoods;

    private final Clock clock;

    public AdValidator(Neighbourhoods neighbourhoods, Clock clock) {
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    /**
     * The content the form describes, posted by a member of kind {@code poster}; an
     * {@link InvalidInputException} listing every field to fix otherwise.
     */
    public AdContent validate(AdForm form, MemberKind poster) {
        FieldErrors errors = new FieldErrors();
        AdConfiguration configuration = configuration(form, poster, errors);
        CareType careType = careType(form, configuration, errors);
        String title = title(form.getTitle(), errors);
        String text = text(form.getText(), errors);
        String neighbourhood = TextRules.clean(form.getNeighbourhood());
        if (this.neighbourhoods.find(neighbourhood).isEmpty()) {
            errors.reject("neighbourhood", "childcare.ad.error.neighbourhood");
        }
        boolean family = configuration != null && configuration.poster() == MemberKind.FAMILY;
        List<YearMonth> children = children(form, family, errors);
        WeeklySchedule schedule = schedule(form, errors);
        LocalDate startDate = startDate(form.getStartDate(), errors);
        Hosting hosting = null;
        if (family && careType == CareType.SHARED) {
            hosting = parseEnum(Hosting.class, form.getHosting());
            if (hosting == null) {
                errors.reject("hosting", "childcare.ad.error.hosting");
            }
        }
        BigDecimal rate = hourlyRate(form.getHourlyRate(), errors);
        Set<String> languages = languages(form.getLanguages(), errors);
        Set<Qualification> qualifications = qualifications(form.getQualifications(), configuration, errors);

        errors.throwIfAny();
        return new AdContent(configuration, careType, title, text, neighbourhood, children, schedule, startDate,
                hosting, rate, languages, qualifications, form.isShowPhone(), form.isShowEmail());
    }

    private static @Nullable AdConfiguration configuration(AdForm form, MemberKind poster, FieldErrors errors) {
        AdConfiguration configuration = parseEnum(AdConfiguration.class, form.getConfiguration());
        if (configuration == null) {
            errors.reject("configuration", "childcare.ad.error.configuration");
        }
        else if (configuration.poster() != poster) {
            errors.reject("configuration", (poster == MemberKind.FAMILY) ? "childcare.ad.error.configurationFamily"
                    : "childcare.ad.error.configurationCaregiver");
        }
        return configuration;
    }

    private static @Nullable CareType careType(AdForm form, @Nullable AdConfiguration configuration,
            FieldErrors errors) {
        CareType careType = parseEnum(CareType.class, form.getCareType());
        if (careType == null) {
            errors.reject("careType", "childcare.ad.error.careType");
        }
        else if (configuration != null && !configuration.allows(careType)) {
            errors.reject("careType", careTypeMessage(configuration));
        }
        return careType;
    }

    /** Which care types go with the configuration, said in one message. */
    private static String careTypeMessage(AdConfiguration configuration) {
        return switch (configuration) {
            case FAMILY_WITH_NANNY_SEEKS_FAMILY, FAMILY_SEEKS_FAMILY -> "childcare.ad.error.careTypeBetweenFamilies";
            case FAMILY_SEEKS_NANNY, NANNY_SEEKS_FAMILY -> "childcare.ad.error.careType";
        };
    }

    private static String title(@Nullable String value, FieldErrors errors) {
        String title = TextRules.clean(value);
        if (title.isEmpty()) {
            errors.reject("title", "childcare.validation.required");
        }
        else if (TextRules.length(title) < TITLE_MIN || TextRules.length(title) > TITLE_MAX) {
            errors.reject("title", "childcare.ad.error.titleLength", TITLE_MIN, TITLE_MAX);
        }
        else if (TextRules.hasControlCharacters(title) || title.matches("(?s).*[\\n\\r\\t].*")) {
            errors.reject("title", "childcare.validation.controlCharacters");
        }
        return title;
    }

    private static String text(@Nullable String value, FieldErrors errors) {
        String text = TextRules.clean(value).replace("\r\n", "\n").replace('\r', '\n');
        if (text.isEmpty()) {
            errors.reject("text", "childcare.validation.required");
        }
        else if (TextRules.length(text) < TEXT_MIN || TextRules.length(text) > TEXT_MAX) {
            errors.reject("text", "childcare.ad.error.textLength", TEXT_MIN, TEXT_MAX);
        }
        else if (TextRules.hasControlCharacters(text)) {
            errors.reject("text", "childcare.validation.controlCharacters");
        }
        return text;
    }

    private List<YearMonth> children(AdForm form, boolean required, FieldErrors errors) {
        return ChildBirths.check(form.getChildren(), AdForm.CHILD_ROWS, required, YearMonth.now(this.clock),
                "childcare.ad.error.", errors);
    }

    private static WeeklySchedule schedule(AdForm form, FieldErrors errors) {
        WeeklySchedule schedule = WeeklySchedule.EMPTY;
        try {
            schedule = WeeklySchedule.parse(form.getSlots().stream().map(TextRules::clean).toList());
        }
        catch (IllegalArgumentException ex) {
            errors.reject("slots", "childcare.ad.error.slots");
        }
        List<AdForm.TimeRangeRow> rows = form.getRanges();
        for (int i = 0; i < rows.size() && i < AdForm.RANGE_ROWS; i++) {
            AdForm.TimeRangeRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            WeeklySchedule range = range(row);
            if (range == null) {
                errors.reject("ranges[" + i + "]", "childcare.ad.error.range");
            }
            else {
                schedule = schedule.union(range);
            }
        }
        if (schedule.isEmpty() && errors.all().stream().noneMatch((e) -> e.field().startsWith("ranges"))
                && !errors.has("slots")) {
            errors.reject("slots", "childcare.ad.error.scheduleRequired");
        }
        return schedule;
    }

    private static @Nullable WeeklySchedule range(AdForm.TimeRangeRow row) {
        DayOfWeek day = parseEnum(DayOfWeek.class, row.getDay());
        LocalTime from = time(row.getFrom());
        LocalTime to = time(row.getTo());
        if (day == null || from == null || to == null || !from.isBefore(to)) {
            return null;
        }
        return WeeklySchedule.ofRange(day, from, to);
    }

    private static @Nullable LocalTime time(@Nullable String value) {
        String text = TextRules.clean(value);
        if (!TIME.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalTime.parse((text.length() == 4) ? "0" + text : text);
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    private @Nullable LocalDate startDate(@Nullable String value, FieldErrors errors) {
        String text = TextRules.clean(value);
        if (text.isEmpty()) {
            errors.reject("startDate", "childcare.validation.required");
            return null;
        }
        LocalDate today = LocalDate.now(this.clock);
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isBefore(today) || date.isAfter(today.plusYears(1))) {
                errors.reject("startDate", "childcare.ad.error.startDateRange");
            }
            return date;
        }
        catch (DateTimeParseException ex) {
            errors.reject("startDate", "childcare.ad.error.startDate");
            return null;
        }
    }

    private static @Nullable BigDecimal hourlyRate(@Nullable String value, FieldErrors errors) {
        String text = TextRules.clean(value).replace(" ", "").replace("€", "");
        if (text.isEmpty()) {
            return null;
        }
        if (!RATE.matcher(text).matches()) {
            errors.reject("hourlyRate", "childcare.ad.error.hourlyRate", RATE_MIN, RATE_MAX);
            return null;
        }
        BigDecimal rate = new BigDecimal(text.replace(',', '.'));
        if (rate.compareTo(RATE_MIN) < 0 || rate.compareTo(RATE_MAX) > 0) {
            errors.reject("hourlyRate", "childcare.ad.error.hourlyRate", RATE_MIN, RATE_MAX);
            return null;
        }
        return rate;
    }

    private static Set<String> languages(List<String> values, FieldErrors errors) {
        Set<String> languages = new LinkedHashSet<>();
        for (String value : values) {
            String code = TextRules.clean(value);
            if (!LANGUAGES.contains(code)) {
                errors.reject("languages", "childcare.ad.error.language");
                return Set.of();
            }
            languages.add(code);
        }
        if (languages.size() > MAX_LANGUAGES) {
            errors.reject("languages", "childcare.ad.error.tooManyLanguages", MAX_LANGUAGES);
        }
        return languages;
    }

    private static Set<Qualification> qualifications(List<String> values, @Nullable AdConfiguration configuration,
            FieldErrors errors) {
        Set<Qualification> qualifications = EnumSet.noneOf(Qualification.class);
        for (String value : values) {
            Qualification qualification = parseEnum(Qualification.class, value);
            if (qualification == null) {
                errors.reject("qualifications", "childcare.ad.error.qualification");
                return Set.of();
            }
            qualifications.add(qualification);
        }
        if (!qualifications.isEmpty() && configuration != null && configuration != AdConfiguration.NANNY_SEEKS_FAMILY) {
            errors.reject("qualifications", "childcare.ad.error.qualificationsCaregiverOnly");
        }
        return qualifications;
    }

    private static <E extends Enum<E>> @Nullable E parseEnum(Class<E> type, @Nullable String value) {
        String text = TextRules.clean(value);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        return null;
    }

}
