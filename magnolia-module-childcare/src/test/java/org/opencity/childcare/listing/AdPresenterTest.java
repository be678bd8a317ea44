package org.opencity.childcare.listing;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What members read on an ad: every value in words, in their language, as of today in the
 * city.
 */
class AdPresenterTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final AdPresenter presenter = new AdPresenter(Messages.module(), Personas.neighbourhoods(), this.clock,
            PARIS);

    @Test
    void presentWhenPublishedAdShouldPutEveryValueIntoFrenchWords() {
        Ad ad = published(SampleAds.sharedCareContent(this.clock));

        AdView view = this.presenter.present(ad, Locale.FRENCH);

        assertThat(view.configurationLabel()).isEqualTo("Famille avec nounou cherche une seconde famille");
        assertThat(view.careTypeLabel()).isEqualTo("Garde partagée");
        assertThat(view.neighbourhood()).isEqualTo("Centre-ville");
        assertThat(view.children()).containsExactly("1 an");
        assertThat(view.schedule()).containsExactly("lundi : après-midi", "mardi : après-midi");
        assertThat(view.startDate()).isEqualTo("17 mars 2026");
        assertThat(view.hosting()).isEqualTo("En alternance");
        // French puts a no-break space before the currency sign.
        assertThat(view.hourlyRate()).matches("11,50\\h€");
        assertThat(view.languages()).containsExactly("anglais", "français");
        assertThat(view.statusLabel()).isEqualTo("en ligne");
        assertThat(view.listed()).isTrue();
        assertThat(view.daysLeft()).isEqualTo(30);
    }

    @Test
    void presentInEnglishShouldUseTheEnglishLabels() {
        AdView view = this.presenter.present(published(SampleAds.sharedCareContent(this.clock)), Locale.ENGLISH);

        assertThat(view.careTypeLabel()).isEqualTo("Shared care");
        assertThat(view.schedule()).containsExactly("Monday: afternoon", "Tuesday: afternoon");
        assertThat(view.startDate()).isEqualTo("March 17, 2026");
    }

    @Test
    void childrenShouldCountWholeYearsAndNameTheMonthOfAnExpectedBirth() {
        YearMonth now = YearMonth.of(2026, 3);

        assertThat(this.presenter.children(List.of(now.minusMonths(5), now.minusYears(3), now.plusMonths(2)),
                Locale.FRENCH))
            .containsExactly("3 ans", "moins d’un an", "naissance attendue en mai 2026");
    }

    @Test
    void daysLeftShouldCountStartedDaysAndVanishOnceTheAdExpired() {
        Ad ad = published(SampleAds.sharedCareContent(this.clock));

        this.clock.advance(Duration.ofDays(29).plusHours(23));
        assertThat(this.presenter.present(ad, Locale.FRENCH).daysLeft()).isEqualTo(1);
        this.clock.advance(Duration.ofHours(1));
        AdView expired = this.presenter.present(ad, Locale.FRENCH);
        assertThat(expired.daysLeft()).isNull();
        assertThat(expired.listed()).isFalse();
    }

    private Ad published(AdContent content) {
        Instant now = this.clock.instant();
        return new Ad("ad-1", "member-1", AdStatus.DRAFT, content, now, null, null, null, null).publish(now,
                Duration.ofDays(30));
    }

}
