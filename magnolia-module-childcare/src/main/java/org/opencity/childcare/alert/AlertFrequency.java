package org.opencity.childcare.alert;

/**
 * How often a saved search's alerts go out.
 */
public enum AlertFrequency {

    /** A mail within minutes of a new matching ad. */
    IMMEDIATE,

    /** One mail a day, at the configured hour, listing the day's new matching ads. */
    DAILY

}
