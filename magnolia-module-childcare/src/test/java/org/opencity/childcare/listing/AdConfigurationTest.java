package org.opencity.childcare.listing;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.opencity.childcare.member.MemberKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AdConfiguration}: every configuration with every care type, and who
 * may post each.
 */
class AdConfigurationTest {

    static Stream<Arguments> everyCombination() {
        return Stream.of(
                // Families sharing a nanny or pick-ups: no baby-sitting, no regular care
                // between families.
                Arguments.of(AdConfiguration.FAMILY_WITH_NANNY_SEEKS_FAMILY, CareType.REGULAR, false),
                Arguments.of(AdConfiguration.FAMILY_WITH_NANNY_SEEKS_FAMILY, CareType.SHARED, true),
                Arguments.of(AdConfiguration.FAMILY_WITH_NANNY_SEEKS_FAMILY, CareType.BABYSITTING, false),
                Arguments.of(AdConfiguration.FAMILY_WITH_NANNY_SEEKS_FAMILY, CareType.SCHOOL_PICKUP, true),
                Arguments.of(AdConfiguration.FAMILY_SEEKS_FAMILY, CareType.REGULAR, false),
                Arguments.of(AdConfiguration.FAMILY_SEEKS_FAMILY, CareType.SHARED, true),
                Arguments.of(AdConfiguration.FAMILY_SEEKS_FAMILY, CareType.BABYSITTING, false),
                Arguments.of(AdConfiguration.FAMILY_SEEKS_FAMILY, CareType.SCHOOL_PICKUP, true),
                Arguments.of(AdConfiguration.FAMILY_SEEKS_NANNY, CareType.REGULAR, true),
                Arguments.of(AdConfiguration.FAMILY_SEEKS_NANNY, CareType.SHARED, true),
                Arguments.of(AdConfiguration.FAMILY_SEEKS_NANNY, CareType.BABYSITTING, true),
                Arguments.of(AdConfiguration.FAMILY_SEEKS_NANNY, CareType.SCHOOL_PICKUP, true),
                Arguments.of(AdConfiguration.NANNY_SEEKS_FAMILY, CareType.REGULAR, true),
                Arguments.of(AdConfiguration.NANNY_SEEKS_FAMILY, CareType.SHARED, true),
                Arguments.of(AdConfiguration.NANNY_SEEKS_FAMILY, CareType.BABYSITTING, true),
                Arguments.of(AdConfiguration.NANNY_SEEKS_FAMILY, CareType.SCHOOL_PICKUP, true));
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @MethodSource("everyCombination")
    void allowsShouldAcceptOnlySensibleCombinations(AdConfiguration configuration, CareType careType,
            boolean sensible) {
        assertThat(configuration.allows(careType)).isEqualTo(sensible);
        assertThat(configuration.careTypes().contains(careType)).isEqualTo(sensible);
    }

    @ParameterizedTest
    @EnumSource(AdConfiguration.class)
    void posterShouldBeACaregiverOnlyForANannySeekingAFamily(AdConfiguration configuration) {
        MemberKind expected = (configuration == AdConfiguration.NANNY_SEEKS_FAMILY) ? MemberKind.CAREGIVER
                : MemberKind.FAMILY;

        assertThat(configuration.poster()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(AdConfiguration.class)
    void careTypesShouldBeACopyThatCannotChangeTheConfiguration(AdConfiguration configuration) {
        configuration.careTypes().clear();

        assertThat(configuration.careTypes()).isNotEmpty();
    }

}
