package org.opencity.childcare.listing.match;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.CareType;
import org.opencity.childcare.listing.Hosting;
import org.opencity.childcare.listing.match.MatchReason.Kind;
import org.opencity.childcare.listing.search.AdIndex;
import org.opencity.childcare.testing.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.opencity.childcare.listing.match.MatchingAds.NOW;
import static org.opencity.childcare.listing.match.MatchingAds.TODAY;
import static org.opencity.childcare.listing.match.MatchingAds.afternoons;
import static org.opencity.childcare.listing.match.MatchingAds.family;
import static org.opencity.childcare.listing.match.MatchingAds.familySeekingNanny;
import static org.opencity.childcare.listing.match.MatchingAds.familyWithNanny;
import static org.opencity.childcare.listing.match.MatchingAds.nanny;

/**
 * Tests for {@link AdMatcher} on a real index: the order in which a family sees the ads
 * that could answer theirs, and the ads it must never see there. Neighbourhoods are the
 * personas' city, where the station district borders the centre and the plateau does not.
 */
class AdMatcherTest {

    private final AdIndex index = new AdIndex(MatchingAds.ZONE);

    private final AdMatcher matcher = new AdMatcher(this.index, Personas.neighbourhoods(), MatchingAds.ZONE);

    @Test
    void compatibleWithShouldRankSameNeighbourhoodThenAdjacentThenOther() {
        Ad camille = familyWithNanny("camille").build();
        this.index.rebuild(List.of(camille, family("plateau").in("plateau").publishedAt(NOW.minusSeconds(60)).build(),
                family("gare").in("gare").publishedAt(NOW.minusSeconds(120)).build(),
                family("centre").publishedAt(NOW.minusSeconds(180)).build()));

        List<Match> matches = this.matcher.compatibleWith(camille, NOW, 10);

        assertThat(matches).extracting(Match::adId).containsExactly("centre", "gare", "plateau");
        assertThat(matches).extracting(Match::score).containsExactly(100, 85, 70);
        assertThat(matches.get(0).reasons()).first().isEqualTo(MatchReason.of(Kind.SAME_NEIGHBOURHOOD));
        assertThat(matches.get(1).reasons()).first().isEqualTo(MatchReason.of(Kind.ADJACENT_NEIGHBOURHOOD));
    }

    @Test
    void compatibleWithShouldRankMoreHalfDaysInCommonHigherAndLeaveOutAdsWithNone() {
        Ad camille = familyWithNanny("camille").build();
        this.index.rebuild(List.of(camille,
                family("thursday").halfDays(afternoons(DayOfWeek.THURSDAY)).publishedAt(NOW.minusSeconds(60)).build(),
                family("monday-tuesday").halfDays(afternoons(DayOfWeek.MONDAY, DayOfWeek.TUESDAY))
                    .publishedAt(NOW.minusSeconds(120))
                    .build(),
                family("whole-week")
                    .halfDays(afternoons(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY))
                    .publishedAt(NOW.minusSeconds(180))
                    .build(),
                family("friday").halfDays(afternoons(DayOfWeek.FRIDAY)).build()));

        List<Match> matches = this.matcher.compatibleWith(camille, NOW, 10);

        assertThat(matches).extracting(Match::adId).containsExactly("whole-week", "monday-tuesday", "thursday");
        assertThat(matches).extracting(AdMatcherTest::halfDaysInCommon).containsExactly(4, 2, 1);
    }

    @Test
    void compatibleWithShouldRankByTheClosestPairOfChildren() {
        Ad camille = familyWithNanny("camille").children(YearMonth.of(2025, 3)).build();
        this.index.rebuild(List.of(camille,
                family("much-older").children(YearMonth.of(2021, 1)).publishedAt(NOW.minusSeconds(60)).build(),
                family("year-older").children(YearMonth.of(2024, 1)).publishedAt(NOW.minusSeconds(120)).build(),
                family("half-year").children(YearMonth.of(2025, 9)).publishedAt(NOW.minusSeconds(180)).build(),
                family("siblings").children(YearMonth.of(2019, 1), YearMonth.of(2025, 3))
                    .publishedAt(NOW.minusSeconds(240))
                    .build()));

        List<Match> matches = this.matcher.compatibleWith(camille, NOW, 10);

        assertThat(matches).extracting(Match::adId)
            .containsExactly("siblings", "half-year", "year-older", "much-older");
        assertThat(matches).extracting((match) -> match.reasons().contains(MatchReason.of(Kind.CLOSE_AGES)))
            .containsExactly(true, true, false, false);
    }

    @Test
    void compatibleWithShouldPreferHostingWishesThatFitAndLeaveOutThoseThatClash() {
        Ad camille = familyWithNanny("camille").hosting(Hosting.OUR_HOME).build();
        this.index.rebuild(List.of(camille,
                family("either").hosting(Hosting.EITHER).publishedAt(NOW.minusSeconds(60)).build(),
                family("their-home").hosting(Hosting.OTHER_FAMILY_HOME).publishedAt(NOW.minusSeconds(120)).build(),
                family("also-ours").hosting(Hosting.OUR_HOME).build(),
                family("alternating").hosting(Hosting.ALTERNATING).build()));

        List<Match> matches = this.matcher.compatibleWith(camille, NOW, 10);

        assertThat(matches).extracting(Match::adId).containsExactly("their-home", "either");
        assertThat(matches.get(0).score() - matches.get(1).score()).isEqualTo(5);
        assertThat(matches.get(0).reasons()).contains(MatchReason.of(Kind.HOSTING_AGREED));
        assertThat(matches.get(1).reasons()).doesNotContain(MatchReason.of(Kind.HOSTING_AGREED));
    }

    @Test
    void compatibleWithShouldRankCloserStartDatesHigherCountingPastDatesAsToday() {
        Ad camille = familyWithNanny("camille").startingOn(TODAY.plusDays(14)).build();
        this.index.rebuild(List.of(camille,
                family("in-two-months").startingOn(TODAY.plusDays(74)).publishedAt(NOW.minusSeconds(60)).build(),
                family("since-last-year").startingOn(TODAY.minusDays(200)).publishedAt(NOW.minusSeconds(120)).build(),
                family("a-week-later").startingOn(TODAY.plusDays(21)).publishedAt(NOW.minusSeconds(180)).build()));

        List<Match> matches = this.matcher.compatibleWith(camille, NOW, 10);

        assertThat(matches).extracting(Match::adId).containsExactly("a-week-later", "since-last-year", "in-two-months");
    }

    @Test
    void compatibleWithWhenBothStartDatesPassedShouldCountThemAsTheSameDay() {
        Ad camille = familyWithNanny("camille").startingOn(TODAY.minusDays(10)).build();
        this.index.rebuild(List.of(camille, family("long-ago").startingOn(TODAY.minusDays(100)).in("plateau").build()));

        List<Match> matches = this.matcher.compatibleWith(camille, NOW, 10);

        assertThat(matches).singleElement()
            .satisfies((match) -> assertThat(match.reasons()).contains(MatchReason.of(Kind.CLOSE_START_DATES)));
    }

    @Test
    void compatibleWithShouldLeaveOutOwnExpiredWithdrawnAndUnansweringAds() {
        Ad camille = familyWithNanny("camille").build();
        Ad withdrawn = family("withdrawn").build();
        this.index
            .rebuild(List.of(camille, family("fits").build(), family("camilles-other").ownedBy("owner-camille").build(),
                    family("expired").publishedAt(NOW.minus(Duration.ofDays(31))).build(),
                    family("expires-now").publishedAt(NOW.minus(MatchingAds.LIFETIME)).build(), withdrawn,
                    familyWithNanny("also-has-a-nanny").build(),
                    family("school-pickup").careType(CareType.SCHOOL_PICKUP).hosting(null).build(),
                    familySeekingNanny("seeks-a-nanny").build(), nanny("nanny").build()));
        this.index.upsert(withdrawn.withdraw());

        List<Match> matches = this.matcher.compatibleWith(camille, NOW, 10);

        assertThat(matches).extracting(Match::adId).containsExactly("fits");
    }

    @Test
    void compatibleWithWhenFamilySeeksFamilyShouldOfferBothFamilyConfigurations() {
        Ad seeker = family("seeker").build();
        Ad withNanny = familyWithNanny("with-nanny").publishedAt(NOW.minusSeconds(60)).build();
        this.index
            .rebuild(List.of(seeker, withNanny, family("other-seeker").publishedAt(NOW.minusSeconds(120)).build()));

        assertThat(this.matcher.compatibleWith(seeker, NOW, 10)).extracting(Match::adId)
            .containsExactly("with-nanny", "other-seeker");
        assertThat(this.matcher.compatibleWith(withNanny, NOW, 10)).extracting(Match::adId)
            .containsExactly("other-seeker", "seeker");
    }

    @Test
    void compatibleWithWhenFamilySeeksNannyShouldRankStatedFittingAgesThenNoneThenOthers() {
        Ad family = familySeekingNanny("family").children(YearMonth.of(2025, 3)).build();
        Ad anyAge = nanny("any-age").publishedAt(NOW.minusSeconds(60)).build();
        this.index.rebuild(List.of(family, anyAge,
                nanny("schoolchildren").children(YearMonth.of(2019, 9)).publishedAt(NOW.minusSeconds(30)).build(),
                nanny("babies").children(YearMonth.of(2025, 1)).publishedAt(NOW.minusSeconds(120)).build()));

        assertThat(this.matcher.compatibleWith(family, NOW, 10)).extracting(Match::adId)
            .containsExactly("babies", "any-age", "schoolchildren");
        assertThat(this.matcher.compatibleWith(anyAge, NOW, 10)).extracting(Match::adId).containsExactly("family");
    }

    @Test
    void compatibleWithWhenScoresEqualShouldRankNewerPublicationFirstThenById() {
        Ad camille = familyWithNanny("camille").build();
        this.index.rebuild(List.of(camille, family("b").publishedAt(NOW.minusSeconds(120)).build(),
                family("a").publishedAt(NOW.minusSeconds(120)).build(),
                family("c").publishedAt(NOW.minusSeconds(60)).build()));

        List<Match> matches = this.matcher.compatibleWith(camille, NOW, 10);

        assertThat(matches).extracting(Match::adId).containsExactly("c", "a", "b");
        assertThat(matches).extracting(Match::score).containsOnly(100);
    }

    @Test
    void compatibleWithShouldKeepOnlyTheBestUpToTheLimit() {
        Ad camille = familyWithNanny("camille").build();
        this.index.rebuild(List.of(camille, family("plateau").in("plateau").publishedAt(NOW.minusSeconds(10)).build(),
                family("gare").in("gare").publishedAt(NOW.minusSeconds(20)).build(),
                family("centre").publishedAt(NOW.minusSeconds(30)).build(),
                family("centre-thursday").halfDays(afternoons(DayOfWeek.THURSDAY))
                    .publishedAt(NOW.minusSeconds(5))
                    .build()));

        assertThat(this.matcher.compatibleWith(camille, NOW, 2)).extracting(Match::adId)
            .containsExactly("centre", "gare");
        assertThat(this.matcher.compatibleWith(camille, NOW, 0)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> this.matcher.compatibleWith(camille, NOW, -1));
    }

    private static int halfDaysInCommon(Match match) {
        return match.reasons()
            .stream()
            .filter((reason) -> reason.kind() == Kind.HALF_DAYS_IN_COMMON)
            .mapToInt(MatchReason::count)
            .findFirst()
            .orElse(0);
    }

}
