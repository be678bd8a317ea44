package org.opencity.childcare.listing.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencity.childcare.listing.AdConfiguration;
import org.opencity.childcare.listing.CareType;
import org.opencity.childcare.listing.HalfDay;
import org.opencity.childcare.listing.WeeklySchedule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AdSearchQuery}: a filtered search survives its trip through a URL, and
 * a hand-edited URL never breaks the page.
 */
class AdSearchQueryTest {

    private static final AdSearchQuery FULL = AdSearchQuery.any()
        .withConfigurations(Set.of(AdConfiguration.FAMILY_SEEKS_FAMILY))
        .withCareTypes(Set.of(CareType.SHARED, CareType.SCHOOL_PICKUP))
        .withNeighbourhoods(Set.of("gare", "centre"))
        .withNeeded(WeeklySchedule.of(DayOfWeek.MONDAY, HalfDay.MORNING).with(DayOfWeek.FRIDAY, HalfDay.EVENING))
        .withChildAge(3)
        .withAvailableFrom(LocalDate.of(2026, 9, 1))
        .withText("garde partagée & crèche")
        .withPage(2);

    @Test
    void toQueryStringWhenEveryFilterSetShouldReadBackTheSameQuery() {
        String url = FULL.toQueryString();

        assertThat(url).startsWith("configuration=FAMILY_SEEKS_FAMILY&garde=SHARED&garde=SCHOOL_PICKUP&quartier=centre")
            .contains("creneau=MONDAY%3AMORNING", "age=3", "debut=2026-09-01", "q=garde+partag%C3%A9e+%26+cr%C3%A8che",
                    "page=3");
        assertThat(AdSearchQuery.fromQueryString(url)).isEqualTo(FULL);
    }

    @Test
    void toQueryStringWhenNoFilterShouldBeEmpty() {
        assertThat(AdSearchQuery.any().toQueryString()).isEmpty();
        assertThat(AdSearchQuery.fromQueryString("")).isEqualTo(AdSearchQuery.any());
    }

    @Test
    void fromParametersWhenValuesAreJunkShouldIgnoreThemAndKeepTheRest() {
        Map<String, List<String>> parameters = new HashMap<>();
        parameters.put("configuration", List.of("PIRATE", "nanny_seeks_family"));
        parameters.put("garde", List.of("", "' OR 1=1 --"));
        parameters.put("quartier", List.of("nord", "<script>", "a".repeat(300)));
        parameters.put("creneau", List.of("MONDAY", "FUNDAY:MORNING", "tuesday:evening", ":"));
        parameters.put("age", List.of("abc", "-1", "99", "4"));
        parameters.put("debut", List.of("demain", "2026-02-30", "+999999999-12-31"));
        parameters.put("q", List.of("x".repeat(5_000)));
        parameters.put("page", List.of("0", "-3", "99999999999"));
        parameters.put("inconnu", Arrays.asList(null, "1"));
        parameters.put("age2", null);

        AdSearchQuery query = AdSearchQuery.fromParameters(parameters);

        assertThat(query.configurations()).containsExactly(AdConfiguration.NANNY_SEEKS_FAMILY);
        assertThat(query.careTypes()).isEmpty();
        assertThat(query.neighbourhoods()).containsExactly("nord");
        assertThat(query.needed()).isEqualTo(WeeklySchedule.of(DayOfWeek.TUESDAY, HalfDay.EVENING));
        assertThat(query.childAgeYears()).isEqualTo(4);
        assertThat(query.availableFrom()).isNull();
        assertThat(query.text()).hasSize(AdSearchQuery.MAX_TEXT_LENGTH);
        assertThat(query.page()).isZero();
    }

    @Test
    void fromQueryStringWhenEncodingIsBrokenShouldIgnoreThatPair() {
        AdSearchQuery query = AdSearchQuery.fromQueryString("q=%E9%ZZ&quartier=sud&&=&age=%");

        assertThat(query.neighbourhoods()).containsExactly("sud");
        assertThat(query.text()).isNull();
        assertThat(query.childAgeYears()).isNull();
    }

    @Test
    void wordsWhenTextHasAccentsCapitalsAndPunctuationShouldBeNormalisedOnce() {
        AdSearchQuery query = AdSearchQuery.any().withText("  Crèche, CRÈCHE! l'Île  ");

        assertThat(query.words()).containsExactly("creche", "l", "ile");
        assertThat(AdSearchQuery.any().withText("?!").words()).isEmpty();
    }

}
