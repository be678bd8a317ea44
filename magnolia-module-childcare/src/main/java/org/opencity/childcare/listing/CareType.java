package org.opencity.childcare.listing;

/**
 * The kind of care an ad is about.
 */
public enum CareType {

    /** Regular care on weekdays, by a childminder or a nanny. */
    REGULAR,

    /** Garde partagée: one nanny shared by two families. */
    SHARED,

    /** Occasional evenings or weekends. */
    BABYSITTING,

    /** Sorties d'école: picking children up after school. */
    SCHOOL_PICKUP

}
