package org.opencity.childcare.webapp.backoffice;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.member.CaregiverType;
import org.opencity.childcare.member.Profile;

/**
 * What a webmaster verifies before deciding on a registration. The ticked checks are
 * recorded with the decision; the approval number applies to childminders only.
 */
public enum VerificationCheck {

    ADDRESS("address"), IN_CITY("inCity"), IDENTITY("identity"), APPROVAL("approval");

    private final String value;

    VerificationCheck(String value) {
        this.value = value;
    }

    /** The value sent by the form and stored with the decision. */
    String value() {
        return this.value;
    }

    /** The message key of the sentence the webmaster ticks. */
    String labelKey() {
        return "backoffice.check." + this.value;
    }

    /** The checks that apply to this applicant, in the order to perform them. */
    static List<VerificationCheck> forApplicant(Profile profile) {
        CaregiverType type = profile.caregiverType();
        boolean childminder = type != null && type.needsApproval();
        return Arrays.stream(values()).filter((check) -> check != APPROVAL || childminder).toList();
    }

    /**
     * The submitted values that are checks of this applicant, in checklist order, each
     * once; anything else a form could send is dropped.
     */
    public static List<String> keep(@Nullable Collection<String> submitted, Profile profile) {
        if (submitted == null) {
            return List.of();
        }
        return forApplicant(profile).stream().map(VerificationCheck::value).filter(submitted::contains).toList();
    }

}
