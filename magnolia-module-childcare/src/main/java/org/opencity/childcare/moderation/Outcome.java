package org.opencity.childcare.moderation;

/**
 * The two answers a webmaster can give to a task.
 */
public enum Outcome {

    APPROVED, REJECTED

}
