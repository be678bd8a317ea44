package org.opencity.childcare.webapp.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.opencity.childcare.i18n.Messages;

/**
 * Dates, ages and sizes in the words staff read: "depuis 3 jours", "12 mars 2026 à
 * 14:05", "240 Ko".
 */
@Component
class BackofficeFormats {

    private static final long KILOBYTE = 1024;

    private static final long MEGABYTE = KILOBYTE * KILOBYTE;

    private final Messages messages;

    /** The city's time zone, in which staff read times. */
    private final ZoneId zone;

    BackofficeFormats(Messages messages, ZoneId cityZone) {
        this.messages = messages;
        this.zone = cityZone;
    }

    /**
     * How long something has waited: "à l’instant", "depuis 5 heures", "depuis 3 jours".
     */
    String age(Duration age, Locale locale) {
        if (age.toMinutes() < 1) {
            return this.messages.get("backoffice.age.justNow", locale);
        }
        if (age.toHours() < 1) {
            return this.messages.get("backoffice.age.minutes", locale, age.toMinutes());
        }
        if (age.toDays() < 1) {
            return this.messages.get("backoffice.age.hours", locale, age.toHours());
        }
        return this.messages.get("backoffice.age.days", locale, age.toDays());
    }

    /** A moment as a date and a time in the city: "12 mars 2026 à 14:05". */
    String dateTime(Instant instant, Locale locale) {
        Locale language = Messages.supported(locale);
        ZonedDateTime local = instant.atZone(this.zone);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(local);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(local);
        return this.messages.get("backoffice.format.dateTime", locale, date, time);
    }

    /** A file size in kilobytes, rounded up, or in megabytes from one megabyte on. */
    String size(long bytes, Locale locale) {
        if (bytes < MEGABYTE) {
            long kilobytes = Math.max(1, (bytes + KILOBYTE - 1) / KILOBYTE);
            return this.messages.get("backoffice.size.kilobytes", locale, kilobytes);
        }
        return this.messages.get("backoffice.size.megabytes", locale, (double) bytes / MEGABYTE);
    }

    /**
     * A child's birth month, or the expected one: "né(e) en mars 2024", "naissance prévue
     * en juin 2026".
     */
    String birth(YearMonth birth, Instant now, Locale locale) {
        Locale language = Messages.supported(locale);
        String month = birth.format(DateTimeFormatter.ofPattern("LLLL yyyy", language));
        boolean expected = birth.isAfter(YearMonth.from(now.atZone(this.zone)));
        String key = expected ? "backoffice.task.childExpected" : "backoffice.task.childBorn";
        return this.messages.get(key, locale, month);
    }

}
