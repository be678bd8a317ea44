package org.opencity.childcare.listing;

/**
 * For shared care: whose home the children are looked after in.
 */
public enum Hosting {

    OUR_HOME, OTHER_FAMILY_HOME, ALTERNATING, EITHER;

    /** Whether two families' wishes can be agreed on. */
    public boolean compatibleWith(Hosting other) {
        if (this == EITHER || other == EITHER) {
            return true;
        }
        return switch (this) {
            case OUR_HOME -> other == OTHER_FAMILY_HOME;
            case OTHER_FAMILY_HOME -> other == OUR_HOME;
            case ALTERNATING -> other == ALTERNATING;
            case EITHER -> true;
        };
    }

}
