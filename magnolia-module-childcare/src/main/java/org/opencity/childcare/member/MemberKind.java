package org.opencity.childcare.member;

/**
 * Whether a member looks for care for their children or offers it.
 */
public enum MemberKind {

    FAMILY, CAREGIVER

}
