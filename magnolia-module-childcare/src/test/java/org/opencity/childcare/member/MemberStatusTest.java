package org.opencity.childcare.member;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link MemberStatus} and the status changes of {@link Member}: the life of an
 * account as DESIGN.md §5 describes it, checked against every pair of statuses.
 */
class MemberStatusTest {

    /**
     * The legal transitions, written out from the design rather than from the code:
     * pending to active or rejected, active and suspended back and forth, anything not
     * closed to closed.
     */
    private static final Set<String> LEGAL = Set.of("PENDING>ACTIVE", "PENDING>REJECTED", "PENDING>CLOSED",
            "ACTIVE>SUSPENDED", "ACTIVE>CLOSED", "SUSPENDED>ACTIVE", "SUSPENDED>CLOSED", "REJECTED>CLOSED");

    private static final Instant DECIDED_AT = Instant.parse("2026-03-12T14:05:00Z");

    private static final String STAFF = "Sophie Leroy";

    static Stream<Arguments> legalTransitions() {
        return allPairs().filter((pair) -> isLegal(pair[0], pair[1])).map((pair) -> Arguments.of(pair[0], pair[1]));
    }

    static Stream<Arguments> illegalTransitions() {
        return allPairs().filter((pair) -> !isLegal(pair[0], pair[1])).map((pair) -> Arguments.of(pair[0], pair[1]));
    }

    @Test
    void transitionTableShouldCoverAllTwentyFivePairs() {
        assertThat(legalTransitions()).hasSize(8);
        assertThat(illegalTransitions()).hasSize(17);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("legalTransitions")
    void moveToWhenTransitionIsLegalShouldReturnTheTarget(MemberStatus from, MemberStatus to) {
        assertThat(from.moveTo(to)).isEqualTo(to);
        assertThat(from.next()).contains(to);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("illegalTransitions")
    void moveToWhenTransitionIsIllegalShouldFailNamingBothStatuses(MemberStatus from, MemberStatus to) {
        assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> from.moveTo(to))
            .withMessageContaining(from.name())
            .withMessageContaining(to.name())
            .satisfies((ex) -> {
                assertThat(ex.from()).isEqualTo(from);
                assertThat(ex.to()).isEqualTo(to);
            });
        assertThat(from.next()).doesNotContain(to);
    }

    @Test
    void approveWhenPendingShouldActivateWithIdentifierAndRecordWhoDecided() {
        Member pending = pendingFamily();

        Member approved = pending.approve("K7QM-2XPA", STAFF, DECIDED_AT);

        assertThat(approved.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(approved.identifier()).isEqualTo("K7QM-2XPA");
        assertThat(approved.verification()).isEqualTo(new Verification(STAFF, DECIDED_AT, null));
        assertThat(approved.profile()).isEqualTo(pending.profile());
        assertThat(approved.canLogIn()).as("no password chosen yet").isFalse();
        assertThat(pending.status()).as("the original is unchanged").isEqualTo(MemberStatus.PENDING);
    }

    @Test
    void approveWhenRejectedShouldFail() {
        Member rejected = pendingFamily().reject(STAFF, DECIDED_AT, "Justificatif illisible");

        assertThatExceptionOfType(IllegalTransitionException.class)
            .isThrownBy(() -> rejected.approve("K7QM-2XPA", STAFF, DECIDED_AT))
            .withMessageContaining("REJECTED")
            .withMessageContaining("ACTIVE");
    }

    @Test
    void rejectWhenPendingShouldKeepTheReasonAndIssueNoIdentifier() {
        Member rejected = pendingFamily().reject(STAFF, DECIDED_AT, "Justificatif illisible");

        assertThat(rejected.status()).isEqualTo(MemberStatus.REJECTED);
        assertThat(rejected.verification()).isEqualTo(new Verification(STAFF, DECIDED_AT, "Justificatif illisible"));
        assertThat(rejected.identifier()).isNull();
        assertThat(rejected.canLogIn()).isFalse();
    }

    @Test
    void rejectWhenActiveShouldFail() {
        Member active = activeFamilyWithPassword();

        assertThatExceptionOfType(IllegalTransitionException.class)
            .isThrownBy(() -> active.reject(STAFF, DECIDED_AT, "Trop tard"))
            .withMessageContaining("ACTIVE")
            .withMessageContaining("REJECTED");
    }

    @Test
    void suspendWhenActiveShouldBarLoginButKeepThePassword() {
        Member suspended = activeFamilyWithPassword().suspend();

        assertThat(suspended.status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(suspended.passwordHash()).isEqualTo("hashed:la cabane bleue du jardin");
        assertThat(suspended.canLogIn()).isFalse();
    }

    @Test
    void suspendWhenPendingShouldFail() {
        assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> pendingFamily().suspend())
            .withMessageContaining("PENDING")
            .withMessageContaining("SUSPENDED");
    }

    @Test
    void reactivateWhenSuspendedShouldLetTheMemberLogInAgain() {
        Member reactivated = activeFamilyWithPassword().suspend().reactivate();

        assertThat(reactivated.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(reactivated.identifier()).isEqualTo("K7QM-2XPA");
        assertThat(reactivated.canLogIn()).isTrue();
    }

    @Test
    void reactivateWhenPendingShouldFailRatherThanActivateWithoutVerification() {
        assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> pendingFamily().reactivate())
            .withMessageContaining("PENDING")
            .withMessageContaining("ACTIVE");
    }

    @Test
    void reactivateWhenActiveShouldFail() {
        assertThatExceptionOfType(IllegalTransitionException.class)
            .isThrownBy(() -> activeFamilyWithPassword().reactivate());
    }

    @ParameterizedTest
    @EnumSource(value = MemberStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void closeWhenNotClosedShouldCloseTheAccount(MemberStatus status) {
        Member member = memberIn(status);

        Member closed = member.close();

        assertThat(closed.status()).isEqualTo(MemberStatus.CLOSED);
        assertThat(closed.canLogIn()).isFalse();
    }

    @Test
    void closeWhenClosedShouldFail() {
        Member closed = activeFamilyWithPassword().close();

        assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(closed::close)
            .withMessageContaining("CLOSED");
    }

    @Test
    void withPasswordHashWhenActiveShouldLetTheMemberLogIn() {
        Member approved = pendingFamily().approve("K7QM-2XPA", STAFF, DECIDED_AT);

        Member withPassword = approved.withPasswordHash("hashed:la cabane bleue du jardin");

        assertThat(withPassword.passwordHash()).isEqualTo("hashed:la cabane bleue du jardin");
        assertThat(withPassword.canLogIn()).isTrue();
        assertThat(withPassword.identifier()).isEqualTo("K7QM-2XPA");
        assertThat(withPassword.verification()).isEqualTo(approved.verification());
    }

    @ParameterizedTest
    @EnumSource(value = MemberStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void withPasswordHashWhenNotActiveShouldFail(MemberStatus status) {
        Member member = memberIn(status);

        assertThatIllegalStateException().isThrownBy(() -> member.withPasswordHash("hashed:x"))
            .withMessageContaining(status.name());
    }

    private static Stream<MemberStatus[]> allPairs() {
        List<MemberStatus[]> pairs = new ArrayList<>();
        for (MemberStatus from : MemberStatus.values()) {
            for (MemberStatus to : MemberStatus.values()) {
                pairs.add(new MemberStatus[] { from, to });
            }
        }
        return pairs.stream();
    }

    private static boolean isLegal(MemberStatus from, MemberStatus to) {
        return LEGAL.contains(from + ">" + to);
    }

    private static Member memberIn(MemberStatus status) {
        return switch (status) {
            case PENDING -> pendingFamily();
            case ACTIVE -> activeFamilyWithPassword();
            case REJECTED -> pendingFamily().reject(STAFF, DECIDED_AT, "Justificatif illisible");
            case SUSPENDED -> activeFamilyWithPassword().suspend();
            case CLOSED -> pendingFamily().close();
        };
    }

    private static Member activeFamilyWithPassword() {
        return pendingFamily().approve("K7QM-2XPA", STAFF, DECIDED_AT)
            .withPasswordHash("hashed:la cabane bleue du jardin");
    }

    /** Camille Martin's application, as stored before anyone looked at it. */
    private static Member pendingFamily() {
        Profile profile = new Profile(MemberKind.FAMILY, null, "Camille", "Martin", "camille.martin@example.fr",
                "06 12 34 56 78", "12 rue de la République", "centre", List.of(YearMonth.of(2025, 1)), null, null);
        return new Member("3f2b8c1e-0000-4000-8000-000000000001", MemberStatus.PENDING, profile,
                Instant.parse("2026-03-10T09:30:00Z"), null, null, null, Locale.FRENCH);
    }

}
