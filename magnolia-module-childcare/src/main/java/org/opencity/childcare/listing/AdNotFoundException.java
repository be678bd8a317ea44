package org.opencity.childcare.listing;

/**
 * No ad with this identifier, or none the member asking may act on: both answers are the
 * same, so that no one can probe which identifiers exist.
 */
public class AdNotFoundException extends RuntimeException {

    private final String adId;

    public AdNotFoundException(String adId) {
        super("No ad with id '" + adId + "'");
        this.adId = adId;
    }

    public String adId() {
        return this.adId;
    }

}
