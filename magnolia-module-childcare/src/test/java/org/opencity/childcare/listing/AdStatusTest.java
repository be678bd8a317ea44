package org.opencity.childcare.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AdStatus}: every one of the 64 pairs of statuses against the table of
 * allowed changes, written out by hand.
 */
class AdStatusTest {

    /**
     * Rows: from; columns: to, in declaration order (DRAFT, PENDING_REVIEW, PUBLISHED,
     * EXPIRED, WITHDRAWN, REJECTED, REMOVED, CLOSED). {@code x} marks an allowed change.
     */
    private static final String[] TABLE = {
            // D P U E W J R C
            ". x x . x . . .", // DRAFT
            ". . x . x x . .", // PENDING_REVIEW
            ". . . x x . x x", // PUBLISHED
            ". . x . x . x x", // EXPIRED
            ". . . . . . . .", // WITHDRAWN
            ". . . . . . . .", // REJECTED
            ". . . . . . . .", // REMOVED
            ". . . . . . . .", // CLOSED
    };

    static Stream<Arguments> everyPair() {
        AdStatus[] statuses = AdStatus.values();
        List<Arguments> pairs = new ArrayList<>();
        for (int from = 0; from < statuses.length; from++) {
            String[] row = TABLE[from].split(" ");
            for (int to = 0; to < statuses.length; to++) {
                pairs.add(Arguments.of(statuses[from], statuses[to], "x".equals(row[to])));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: allowed {2}")
    @MethodSource("everyPair")
    void moveToShouldFollowTheTable(AdStatus from, AdStatus to, boolean allowed) {
        if (allowed) {
            assertThat(from.moveTo(to)).isEqualTo(to);
            assertThat(from.next()).contains(to);
        }
        else {
            assertThatExceptionOfType(IllegalAdTransitionException.class).isThrownBy(() -> from.moveTo(to))
                .satisfies((ex) -> {
                    assertThat(ex.from()).isEqualTo(from);
                    assertThat(ex.to()).isEqualTo(to);
                    assertThat(ex).hasMessageContaining(from.name()).hasMessageContaining(to.name());
                });
            assertThat(from.next()).doesNotContain(to);
        }
    }

    @Test
    void tableShouldHaveOneRowAndOneColumnPerStatus() {
        assertThat(TABLE).hasSize(AdStatus.values().length)
            .allSatisfy((row) -> assertThat(row.split(" ")).hasSize(AdStatus.values().length));
        assertThat(everyPair()).hasSize(64);
    }

}
