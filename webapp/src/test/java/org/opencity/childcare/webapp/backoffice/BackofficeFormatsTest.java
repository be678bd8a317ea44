package org.opencity.childcare.webapp.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.opencity.childcare.i18n.Messages;

import static org.assertj.core.api.Assertions.assertThat;

class BackofficeFormatsTest {

    private final BackofficeFormats formats = new BackofficeFormats(
            new Messages(List.of(Messages.MODULE_BUNDLE, "backoffice.i18n.backoffice-messages")),
            ZoneId.of("Europe/Paris"));

    @Test
    void ageShouldCountInTheLargestWholeUnit() {
        assertThat(this.formats.age(Duration.ofSeconds(20), Locale.FRENCH)).isEqualTo("à l’instant");
        assertThat(this.formats.age(Duration.ofMinutes(1), Locale.FRENCH)).isEqualTo("depuis 1 minute");
        assertThat(this.formats.age(Duration.ofMinutes(59), Locale.FRENCH)).isEqualTo("depuis 59 minutes");
        assertThat(this.formats.age(Duration.ofHours(5).plusMinutes(50), Locale.FRENCH)).isEqualTo("depuis 5 heures");
        assertThat(this.formats.age(Duration.ofDays(3).plusHours(23), Locale.FRENCH)).isEqualTo("depuis 3 jours");
        assertThat(this.formats.age(Duration.ofDays(1), Locale.ENGLISH)).isEqualTo("for 1 day");
    }

    @Test
    void ageWhenClockIsBehindShouldSayJustNow() {
        assertThat(this.formats.age(Duration.ofMinutes(-3), Locale.FRENCH)).isEqualTo("à l’instant");
    }

    @Test
    void sizeShouldRoundKilobytesUpAndShowOneDecimalOfMegabytes() {
        assertThat(this.formats.size(40, Locale.FRENCH)).isEqualTo("1 Ko");
        assertThat(this.formats.size(240 * 1024 + 1, Locale.FRENCH)).isEqualTo("241 Ko");
        assertThat(this.formats.size(1_468_006, Locale.FRENCH)).isEqualTo("1,4 Mo");
        assertThat(this.formats.size(1_468_006, Locale.ENGLISH)).isEqualTo("1.4 MB");
    }

    @Test
    void dateTimeShouldBeInTheCityTimeZone() {
        Instant winterNoonInParis = Instant.parse("2026-01-12T11:05:00Z");

        assertThat(this.formats.dateTime(winterNoonInParis, Locale.FRENCH)).isEqualTo("12 janvier 2026 à 12:05");
    }

    @Test
    void birthShouldSayBornOrExpected() {
        Instant now = Instant.parse("2026-01-12T11:05:00Z");

        assertThat(this.formats.birth(YearMonth.of(2024, 3), now, Locale.FRENCH)).isEqualTo("né(e) en mars 2024");
        assertThat(this.formats.birth(YearMonth.of(2026, 6), now, Locale.FRENCH))
            .isEqualTo("naissance prévue en juin 2026");
    }

}
