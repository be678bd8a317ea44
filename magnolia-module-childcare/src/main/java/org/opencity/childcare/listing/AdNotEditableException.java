package org.opencity.childcare.listing;

/**
 * The ad left the listings for good (withdrawn, closed, removed or rejected): its content
 * can no longer change.
 */
public class AdNotEditableException extends IllegalStateException {

    public AdNotEditableException(String adId, AdStatus status) {
        super("Ad '" + adId + "' is " + status + " and can no longer be edited");
    }

}
