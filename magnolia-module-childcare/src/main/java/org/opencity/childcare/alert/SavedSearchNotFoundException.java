package org.opencity.childcare.alert;

/**
 * No saved search with this identifier, or none the member asking may act on: both
 * answers are the same, so that no one can probe which identifiers exist.
 */
public class SavedSearchNotFoundException extends RuntimeException {

    private final String searchId;

    public SavedSearchNotFoundException(String searchId) {
        super("No saved search with id '" + searchId + "'");
        this.searchId = searchId;
    }

    public String searchId() {
        return this.searchId;
    }

}
