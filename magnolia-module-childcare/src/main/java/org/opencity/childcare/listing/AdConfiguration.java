package org.opencity.childcare.listing;

import java.util.EnumSet;
import java.util.Set;

import org.opencity.childcare.member.MemberKind;

/**
 * Who posts an ad and whom they look for. Each configuration allows only the care types
 * that make sense for it, and only one kind of member may post it.
 */
public enum AdConfiguration {

    /** A family that has a nanny and looks for a second family to share her. */
    FAMILY_WITH_NANNY_SEEKS_FAMILY(MemberKind.FAMILY, EnumSet.of(CareType.SHARED, CareType.SCHOOL_PICKUP)),

    /**
     * A family looking for another family, to hire a nanny together or share pick-ups.
     */
    FAMILY_SEEKS_FAMILY(MemberKind.FAMILY, EnumSet.of(CareType.SHARED, CareType.SCHOOL_PICKUP)),

    /** A family looking for a nanny, a childminder or a baby-sitter. */
    FAMILY_SEEKS_NANNY(MemberKind.FAMILY, EnumSet.allOf(CareType.class)),

    /** A nanny, childminder or baby-sitter looking for a family. */
    NANNY_SEEKS_FAMILY(MemberKind.CAREGIVER, EnumSet.allOf(CareType.class));

    private final MemberKind poster;

    private final Set<CareType> careTypes;

    AdConfiguration(MemberKind poster, Set<CareType> careTypes) {
        this.poster = poster;
        this.careTypes = careTypes;
    }

    /** The kind of member who may post an ad of this configuration. */
    public MemberKind poster() {
        return this.poster;
    }

    /** Whether this configuration makes sense with the care type. */
    public boolean allows(CareType careType) {
        return this.careTypes.contains(careType);
    }

    public Set<CareType> careTypes() {
        return EnumSet.copyOf(this.careTypes);
    }

}
