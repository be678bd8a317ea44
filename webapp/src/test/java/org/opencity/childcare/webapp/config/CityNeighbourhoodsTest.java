package org.opencity.childcare.webapp.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.webapp.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default city's neighbourhoods as {@code application.yml} configures them: which
 * ones border each other decides how compatible ads rank.
 */
@ApplicationTest
class CityNeighbourhoodsTest {

    private final Neighbourhoods neighbourhoods;

    @Autowired
    CityNeighbourhoodsTest(Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    @Test
    void defaultCityShouldHaveTheCentreBorderingEveryOtherAndTheOthersInARing() {
        assertThat(this.neighbourhoods.all()).hasSize(6);
        for (String other : new String[] { "gare", "nord", "est", "sud", "ouest" }) {
            assertThat(this.neighbourhoods.areAdjacent("centre", other)).as("centre–" + other).isTrue();
        }
        assertThat(this.neighbourhoods.areAdjacent("nord", "gare")).isTrue();
        assertThat(this.neighbourhoods.areAdjacent("ouest", "gare")).isTrue();
        assertThat(this.neighbourhoods.areAdjacent("nord", "sud")).isFalse();
        assertThat(this.neighbourhoods.areAdjacent("est", "ouest")).isFalse();
    }

}
