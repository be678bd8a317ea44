package org.opencity.childcare.webapp.backoffice;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencity.childcare.member.CaregiverType;
import org.opencity.childcare.member.MemberKind;
import org.opencity.childcare.member.Profile;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationCheckTest {

    private static final Profile FAMILY = new Profile(MemberKind.FAMILY, null, "Marie", "Dupont", "marie@example.org",
            null, "12 rue des Lilas", "centre", List.of(YearMonth.of(2024, 3)), null, null);

    private static final Profile CHILDMINDER = new Profile(MemberKind.CAREGIVER, CaregiverType.CHILDMINDER, "Nadia",
            "Benali", "nadia@example.org", null, "4 allée des Tilleuls", "nord", List.of(), "AM-2021-0457", 3);

    @Test
    void forApplicantWhenFamilyShouldLeaveOutTheApprovalNumber() {
        assertThat(VerificationCheck.forApplicant(FAMILY)).containsExactly(VerificationCheck.ADDRESS,
                VerificationCheck.IN_CITY, VerificationCheck.IDENTITY);
    }

    @Test
    void forApplicantWhenChildminderShouldAskToVerifyTheApprovalNumber() {
        assertThat(VerificationCheck.forApplicant(CHILDMINDER)).contains(VerificationCheck.APPROVAL);
    }

    @Test
    void keepShouldDropUnknownAndInapplicableValuesAndFollowTheChecklistOrder() {
        List<String> submitted = List.of("identity", "approval", "<script>", "address", "identity");

        assertThat(VerificationCheck.keep(submitted, FAMILY)).containsExactly("address", "identity");
        assertThat(VerificationCheck.keep(submitted, CHILDMINDER)).containsExactly("address", "identity", "approval");
        assertThat(VerificationCheck.keep(null, FAMILY)).isEmpty();
    }

}
