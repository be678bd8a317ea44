package org.opencity.childcare.listing.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.testing.Personas;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SearchDescription}: what members read about a search's filters on the
 * search page, in their saved searches and in alert mails.
 */
class SearchDescriptionTest {

    private final SearchDescription descriptions = new SearchDescription(Messages.module(), Personas.neighbourhoods());

    @Test
    void describeShouldSayEveryFilterInFrenchInAFixedOrder() {
        AdSearchQuery query = AdSearchQuery.fromQueryString("q=jardin&age=2&creneau=TUESDAY:AFTERNOON"
                + "&creneau=MONDAY:MORNING&quartier=gare&quartier=centre&garde=SHARED");

        assertThat(this.descriptions.describe(query, Locale.FRENCH))
            .isEqualTo("Garde partagée · Centre-ville, Quartier de la Gare · lundi matin, mardi après-midi"
                    + " · enfant de 2 ans · « jardin »");
    }

    @Test
    void describeShouldNameConfigurationsBabiesAndTheStartDate() {
        AdSearchQuery query = AdSearchQuery.fromQueryString(
                "configuration=NANNY_SEEKS_FAMILY&configuration=FAMILY_SEEKS_NANNY&age=0&debut=2026-09-01");

        assertThat(this.descriptions.parts(query, Locale.FRENCH)).containsExactly(
                "Famille cherchant une nounou, Nounou cherchant une famille", "enfant de moins d’un an",
                "début au plus tard le 1 septembre 2026");
    }

    @Test
    void describeInEnglishShouldUseTheEnglishTexts() {
        AdSearchQuery query = AdSearchQuery.fromQueryString("garde=BABYSITTING&creneau=FRIDAY:EVENING&age=1");

        assertThat(this.descriptions.describe(query, Locale.ENGLISH))
            .isEqualTo("Babysitting · Friday evening · child aged 1");
    }

    @Test
    void describeWithoutFiltersShouldSayAllAds() {
        assertThat(this.descriptions.describe(AdSearchQuery.any().withPage(4), Locale.FRENCH))
            .isEqualTo("Toutes les annonces");
        assertThat(this.descriptions.parts(AdSearchQuery.any(), Locale.FRENCH)).isEmpty();
    }

    @Test
    void describeWhenANeighbourhoodIsNoLongerConfiguredShouldShowItsId() {
        AdSearchQuery query = AdSearchQuery.any()
            .withNeighbourhoods(List.of("ancien-quartier"))
            .withAvailableFrom(LocalDate.of(2026, 1, 15));

        assertThat(this.descriptions.describe(query, Locale.FRENCH))
            .isEqualTo("ancien-quartier · début au plus tard le 15 janvier 2026");
    }

}
