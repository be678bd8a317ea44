package org.opencity.childcare.city;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencity.childcare.testing.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Neighbourhoods}: which neighbourhoods border each other, and the
 * configuration mistakes refused at start-up with a message that names the culprit.
 */
class NeighbourhoodsTest {

    @Test
    void areAdjacentShouldHoldBothWaysOnlyForConfiguredPairs() {
        Neighbourhoods neighbourhoods = Personas.neighbourhoods();

        assertThat(neighbourhoods.areAdjacent("centre", "gare")).isTrue();
        assertThat(neighbourhoods.areAdjacent("gare", "centre")).isTrue();
        assertThat(neighbourhoods.areAdjacent("centre", "plateau")).isFalse();
        assertThat(neighbourhoods.areAdjacent("centre", "centre")).isFalse();
        assertThat(neighbourhoods.areAdjacent("atlantide", "centre")).isFalse();
    }

    @Test
    void neighbourhoodWithoutAdjacencyShouldBorderNone() {
        Neighbourhoods neighbourhoods = new Neighbourhoods(
                List.of(new Neighbourhood("centre", "Centre-ville"), new Neighbourhood("gare", "Gare")));

        assertThat(neighbourhoods.areAdjacent("centre", "gare")).isFalse();
        assertThat(neighbourhoods.nameOf("gare")).isEqualTo("Gare");
    }

    @Test
    void constructorWhenAdjacentIdUnknownShouldFailNamingIt() {
        List<Neighbourhood> all = List.of(new Neighbourhood("centre", "Centre-ville", Set.of("gar")),
                new Neighbourhood("gare", "Gare", Set.of("centre")));

        assertThatIllegalArgumentException().isThrownBy(() -> new Neighbourhoods(all))
            .withMessageContaining("'centre' lists 'gar'")
            .withMessageContaining("no neighbourhood has that id");
    }

    @Test
    void constructorWhenAdjacencyOneSidedShouldFailSayingWhatToAdd() {
        List<Neighbourhood> all = List.of(new Neighbourhood("centre", "Centre-ville", Set.of("gare")),
                new Neighbourhood("gare", "Gare"));

        assertThatIllegalArgumentException().isThrownBy(() -> new Neighbourhoods(all))
            .withMessageContaining("'gare' must list 'centre' too");
    }

    @Test
    void neighbourhoodWhenAdjacentToItselfShouldFail() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Neighbourhood("centre", "Centre-ville", Set.of("centre")))
            .withMessageContaining("'centre' cannot be adjacent to itself");
    }

    @Test
    void constructorWhenIdRepeatedShouldFail() {
        List<Neighbourhood> all = List.of(new Neighbourhood("centre", "Centre-ville"),
                new Neighbourhood("centre", "Hyper-centre"));

        assertThatIllegalArgumentException().isThrownBy(() -> new Neighbourhoods(all))
            .withMessageContaining("'centre' is configured twice");
    }

}
