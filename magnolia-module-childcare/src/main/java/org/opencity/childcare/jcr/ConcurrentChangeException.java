package org.opencity.childcare.jcr;

import javax.jcr.RepositoryException;

/**
 * Another session (possibly on another cluster node) changed the same items first, so
 * this save was refused rather than merged.
 */
public class ConcurrentChangeException extends RepositoryFailure {

    public ConcurrentChangeException(RepositoryException cause) {
        super("The same content was changed by someone else at the same time", cause);
    }

}
