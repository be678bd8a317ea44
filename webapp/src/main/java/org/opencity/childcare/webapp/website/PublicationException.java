package org.opencity.childcare.webapp.website;

/**
 * A publication or restoration that cannot be done; the message says why, for the log.
 */
public class PublicationException extends RuntimeException {

    public PublicationException(String message) {
        super(message);
    }

}
