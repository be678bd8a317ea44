package org.opencity.childcare.apitoken;

/**
 * What a personal API token allows: reading only, or reading and writing.
 */
public enum ApiScope {

    /** Reads only: listings, the member's ads, conversations and searches. */
    READ,

    /** Reads and writes: posting, changing, sending. */
    READ_WRITE;

    public boolean allowsWrites() {
        return this == READ_WRITE;
    }

}
