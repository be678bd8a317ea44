package org.opencity.childcare.listing;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.i18n.Messages;

/**
 * Puts an ad into words for people: labels from the message bundles, the neighbourhood's
 * name, children's ages as of today, the weekly schedule day by day, dates in the city's
 * time zone. Templates only show what it returns.
 */
public final class AdPresenter {

    private final Messages messages;

    private final Neighbourhoods neighbourhoods;

    private final Clock clock;

    private final ZoneId zone;

    public AdPresenter(Messages messages, Neighbourhoods neighbourhoods, Clock clock, ZoneId zone) {
        this.messages = messages;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
        this.zone = zone;
    }

    /** The ad in words, in the language of {@code locale}. */
    public AdView present(Ad ad, Locale locale) {
        Locale language = Messages.supported(locale);
        AdContent content = ad.content();
        Instant now = this.clock.instant();
        return new AdView(ad.id(), ad.status().name(), label("childcare.ad.status.", ad.status(), language),
                ad.isListedAt(now), content.title(), content.text(), content.configuration().name(),
                label("childcare.ad.configuration.", content.configuration(), language), content.careType().name(),
                label("childcare.ad.careType.", content.careType(), language),
                this.neighbourhoods.nameOf(content.neighbourhood()), children(content.children(), language),
                schedule(content.schedule(), language), date(content.startDate(), language),
                (content.hosting() != null) ? label("childcare.ad.hosting.", content.hosting(), language) : null,
                rate(content.hourlyRate(), language),
                content.languages()
                    .stream()
                    .sorted()
                    .map((code) -> this.messages.get("childcare.ad.language." + code, language))
                    .toList(),
                content.qualifications()
                    .stream()
                    .sorted()
                    .map((q) -> label("childcare.ad.qualification.", q, language))
                    .toList(),
                (ad.publishedAt() != null) ? date(ad.publishedAt(), language) : null,
                (ad.expiresAt() != null) ? date(ad.expiresAt(), language) : null, daysLeft(ad, now), ad.foundCare(),
                ad.reason(), content.showPhone(), content.showEmail());
    }

    /** The schedule day by day, as "lundi : matin, après-midi". */
    public List<String> schedule(WeeklySchedule schedule, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String> parts = new ArrayList<>();
            for (HalfDay halfDay : HalfDay.values()) {
                if (schedule.contains(day, halfDay)) {
                    parts.add(label("childcare.halfDay.", halfDay, locale));
                }
            }
            if (!parts.isEmpty()) {
                lines.add(this.messages.get("childcare.ad.scheduleLine", locale, label("childcare.day.", day, locale),
                        String.join(", ", parts)));
            }
        }
        return lines;
    }

    /** Each child's age today ("2 ans"), or the month an expected birth is due. */
    public List<String> children(List<YearMonth> births, Locale locale) {
        LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        return births.stream().sorted().map((birth) -> {
            Integer age = ageToday(birth, today);
            if (age == null) {
                return this.messages.get("childcare.ad.childExpected", locale, birth.format(monthYear));
            }
            return this.messages.get("childcare.ad.childAge", locale, age);
        }).toList();
    }

    /**
     * A child's age in whole years on {@code today}, counted from the first of the birth
     * month; null for a birth still to come.
     */
    public static @Nullable Integer ageToday(YearMonth birth, LocalDate today) {
        LocalDate born = birth.atDay(1);
        return born.isAfter(today) ? null : Period.between(born, today).getYears();
    }

    /** A date as people write it in a sentence: "6 janvier 2027". */
    public String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Messages.supported(locale)).format(date);
    }

    /** The day an instant falls on in the city, as {@link #date(LocalDate, Locale)}. */
    public String date(Instant instant, Locale locale) {
        return date(LocalDate.ofInstant(instant, this.zone), locale);
    }

    private @Nullable String rate(@Nullable BigDecimal rate, Locale locale) {
        if (rate == null) {
            return null;
        }
        NumberFormat format = NumberFormat
            .getCurrencyInstance(locale.equals(Locale.ENGLISH) ? Locale.UK : Locale.FRANCE);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(rate);
    }

    private static @Nullable Long daysLeft(Ad ad, Instant now) {
        if (!ad.isListedAt(now) || ad.expiresAt() == null) {
            return null;
        }
        // Started days count: an ad posted a minute ago has 30 days left, not 29.
        Duration left = Duration.between(now, ad.expiresAt());
        return left.toDays() + ((left.toMillis() % Duration.ofDays(1).toMillis() > 0) ? 1 : 0);
    }

    private String label(String prefix, Enum<?> value, Locale locale) {
        return this.messages.get(prefix + value.name(), locale);
    }

}
