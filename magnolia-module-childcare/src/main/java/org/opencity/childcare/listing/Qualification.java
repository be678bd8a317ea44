package org.opencity.childcare.listing;

/**
 * Qualifications a caregiver may show on an ad.
 */
public enum Qualification {

    /** Agrément from the département (childminders). */
    APPROVAL,

    /** CAP Accompagnant éducatif petite enfance. */
    CAP_AEPE,

    /** Prévention et secours civiques de niveau 1: first aid. */
    PSC1

}
