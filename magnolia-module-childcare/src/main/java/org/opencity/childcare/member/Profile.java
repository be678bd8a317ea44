package org.opencity.childcare.member;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an applicant told us about themselves, as validated. Children are known by birth
 * month and year only, never by name. The postal address is for the webmaster's
 * verification and is never shown to other members.
 */
public record Profile(MemberKind kind, @Nullable CaregiverType caregiverType, String firstName, String lastName,
        String email, @Nullable String phone, String postalAddress, String neighbourhood, List<YearMonth> children,
        @Nullable String approvalNumber, @Nullable Integer places) {

    public Profile {
        children = List.copyOf(children);
        if (kind == MemberKind.CAREGIVER && caregiverType == null) {
            throw new IllegalArgumentException("A caregiver needs a caregiver type");
        }
    }

    /** The same profile with another e-mail address. */
    public Profile withEmail(String newEmail) {
        return new Profile(this.kind, this.caregiverType, this.firstName, this.lastName, newEmail, this.phone,
                this.postalAddress, this.neighbourhood, this.children, this.approvalNumber, this.places);
    }

    /** The name other members see: first name and the initial of the last name. */
    public String publicName() {
        return this.firstName + " "
                + this.lastName.codePoints()
                    .limit(1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + ".";
    }

}
