package org.opencity.childcare.token;

/**
 * Why a link can or cannot be used.
 */
public enum TokenState {

    VALID,

    /** Past its validity; the holder must ask for a new link. */
    EXPIRED,

    /** Used once already. */
    USED,

    /** Never issued, mistyped, or issued for another purpose. */
    UNKNOWN

}
