package org.opencity.childcare.listing.match;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.Hosting;
import org.opencity.childcare.listing.search.AdIndex;
import org.opencity.childcare.testing.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencity.childcare.listing.match.MatchingAds.NOW;
import static org.opencity.childcare.listing.match.MatchingAds.TODAY;
import static org.opencity.childcare.listing.match.MatchingAds.afternoons;
import static org.opencity.childcare.listing.match.MatchingAds.family;
import static org.opencity.childcare.listing.match.MatchingAds.familyWithNanny;

/**
 * Tests for {@link MatchReasons}: the line a member reads under each compatible ad, from
 * matches the matcher made.
 */
class MatchReasonsTest {

    private final AdIndex index = new AdIndex(MatchingAds.ZONE);

    private final AdMatcher matcher = new AdMatcher(this.index, Personas.neighbourhoods(), MatchingAds.ZONE);

    private final Messages messages = Messages.module();

    @Test
    void describeWhenEverythingFitsShouldGiveTheFourMostImportantReasonsInFrench() {
        Match match = onlyMatch(familyWithNanny("camille").build(), family("fits").build());

        assertThat(MatchReasons.describe(match, this.messages, Locale.FRENCH))
            .isEqualTo("même quartier, 4 demi-journées en commun, enfants d’âges proches, accord sur le lieu de garde");
    }

    @Test
    void describeWhenOneHalfDayNextDoorShouldUseTheSingular() {
        Match match = onlyMatch(familyWithNanny("camille").build(),
                family("next-door").in("gare")
                    .halfDays(afternoons(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))
                    .children(YearMonth.of(2021, 1))
                    .hosting(Hosting.EITHER)
                    .startingOn(TODAY.plusMonths(6))
                    .build());

        assertThat(MatchReasons.describe(match, this.messages, Locale.FRENCH))
            .isEqualTo("quartier voisin, 1 demi-journée en commun");
        assertThat(MatchReasons.describe(match, this.messages, Locale.ENGLISH))
            .isEqualTo("neighbouring area, 1 half-day in common");
    }

    @Test
    void describeWhenStartDatesAreTheOnlyExtraShouldSayTheyAreClose() {
        Match match = onlyMatch(familyWithNanny("camille").build(),
                family("far").in("plateau").children(YearMonth.of(2021, 1)).hosting(Hosting.EITHER).build());

        assertThat(MatchReasons.describe(match, this.messages, Locale.FRENCH))
            .isEqualTo("4 demi-journées en commun, dates de début proches");
    }

    private Match onlyMatch(Ad ad, Ad candidate) {
        this.index.rebuild(List.of(ad, candidate));
        List<Match> matches = this.matcher.compatibleWith(ad, NOW, 5);
        assertThat(matches).hasSize(1);
        return matches.get(0);
    }

}
