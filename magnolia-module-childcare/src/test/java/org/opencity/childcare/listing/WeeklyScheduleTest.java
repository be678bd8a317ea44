package org.opencity.childcare.listing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link WeeklySchedule}: time ranges to half-days, coverage and overlap, the
 * stored form, and the bounds of its 21 bits.
 */
class WeeklyScheduleTest {

    @Test
    void ofRangeWhenSchoolPickUpUntilSevenShouldCoverAfternoonAndEvening() {
        WeeklySchedule schedule = WeeklySchedule.ofRange(DayOfWeek.TUESDAY, LocalTime.of(16, 30), LocalTime.of(19, 0));

        assertThat(schedule.slots()).containsExactly("TUESDAY:AFTERNOON", "TUESDAY:EVENING");
        assertThat(schedule.contains(DayOfWeek.TUESDAY, HalfDay.MORNING)).isFalse();
    }

    @Test
    void ofRangeWhenEndingAtNoonShouldCoverTheMorningOnly() {
        WeeklySchedule schedule = WeeklySchedule.ofRange(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.NOON);

        assertThat(schedule.slots()).containsExactly("MONDAY:MORNING");
    }

    @Test
    void ofRangeWhenEndBeforeStartShouldFail() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> WeeklySchedule.ofRange(DayOfWeek.MONDAY, LocalTime.of(19, 0), LocalTime.of(16, 30)));
    }

    @Test
    void coversShouldNeedEveryHalfDayOfTheNeed() {
        WeeklySchedule offer = WeeklySchedule.of(DayOfWeek.MONDAY, HalfDay.MORNING, HalfDay.AFTERNOON)
            .union(WeeklySchedule.of(DayOfWeek.THURSDAY, HalfDay.MORNING));

        assertThat(offer.covers(WeeklySchedule.of(DayOfWeek.MONDAY, HalfDay.AFTERNOON))).isTrue();
        assertThat(offer.covers(WeeklySchedule.of(DayOfWeek.THURSDAY, HalfDay.MORNING, HalfDay.EVENING))).isFalse();
        assertThat(offer.covers(WeeklySchedule.EMPTY)).isTrue();
    }

    @Test
    void overlapShouldCountTheHalfDaysInCommon() {
        WeeklySchedule ours = WeeklySchedule.of(DayOfWeek.MONDAY, HalfDay.MORNING, HalfDay.AFTERNOON)
            .union(WeeklySchedule.of(DayOfWeek.FRIDAY, HalfDay.AFTERNOON));
        WeeklySchedule theirs = WeeklySchedule.of(DayOfWeek.MONDAY, HalfDay.AFTERNOON)
            .union(WeeklySchedule.of(DayOfWeek.FRIDAY, HalfDay.AFTERNOON, HalfDay.EVENING));

        assertThat(ours.overlap(theirs)).isEqualTo(2);
        assertThat(theirs.overlap(ours)).isEqualTo(2);
        assertThat(ours.overlap(WeeklySchedule.EMPTY)).isZero();
    }

    @Test
    void parseShouldReadBackWhatSlotsWrote() {
        WeeklySchedule schedule = WeeklySchedule.of(DayOfWeek.MONDAY, HalfDay.MORNING)
            .union(WeeklySchedule.of(DayOfWeek.WEDNESDAY, HalfDay.AFTERNOON, HalfDay.EVENING))
            .union(WeeklySchedule.of(DayOfWeek.SUNDAY, HalfDay.EVENING));

        List<String> slots = schedule.slots();

        assertThat(slots).containsExactly("MONDAY:MORNING", "WEDNESDAY:AFTERNOON", "WEDNESDAY:EVENING",
                "SUNDAY:EVENING");
        assertThat(WeeklySchedule.parse(slots)).isEqualTo(schedule);
        assertThat(schedule.size()).isEqualTo(4);
    }

    @Test
    void parseWhenEveryHalfDayShouldUseAll21Bits() {
        WeeklySchedule all = WeeklySchedule.EMPTY;
        for (DayOfWeek day : DayOfWeek.values()) {
            all = all.union(WeeklySchedule.of(day, HalfDay.values()));
        }

        assertThat(all.bits()).isEqualTo((1 << 21) - 1);
        assertThat(WeeklySchedule.parse(all.slots())).isEqualTo(all);
        assertThat(all.size()).isEqualTo(21);
    }

    @ParameterizedTest
    @ValueSource(strings = { "MONDAY", "MONDAY:NIGHT", "MOONDAY:MORNING", "" })
    void parseWhenNotAHalfDayShouldFail(String slot) {
        assertThatIllegalArgumentException().isThrownBy(() -> WeeklySchedule.parse(List.of(slot)));
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 1 << 21, Integer.MAX_VALUE })
    void constructorWhenBitsOutOfBoundsShouldFail(int bits) {
        assertThatIllegalArgumentException().isThrownBy(() -> new WeeklySchedule(bits));
    }

    @Test
    void constructorWhenHighestBitShouldBeSundayEvening() {
        WeeklySchedule schedule = new WeeklySchedule(1 << 20);

        assertThat(schedule.slots()).containsExactly("SUNDAY:EVENING");
        assertThat(WeeklySchedule.EMPTY.isEmpty()).isTrue();
    }

}
