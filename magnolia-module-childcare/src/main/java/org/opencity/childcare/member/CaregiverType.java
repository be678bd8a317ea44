package org.opencity.childcare.member;

/**
 * The kind of care a caregiver offers. Approved childminders must give their approval
 * number and number of places.
 */
public enum CaregiverType {

    /**
     * Assistante maternelle agréée: cares for children in her own home, under a council
     * approval.
     */
    CHILDMINDER,

    /** Garde à domicile: cares for children in the family's home. */
    HOME_NANNY,

    /** Occasional care in the evening or at weekends. */
    BABYSITTER;

    public boolean needsApproval() {
        return this == CHILDMINDER;
    }

}
