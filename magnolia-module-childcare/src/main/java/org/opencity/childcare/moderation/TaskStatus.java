package org.opencity.childcare.moderation;

/**
 * Where a task stands: open, taken by a webmaster, or decided.
 */
public enum TaskStatus {

    OPEN, CLAIMED, DECIDED

}
