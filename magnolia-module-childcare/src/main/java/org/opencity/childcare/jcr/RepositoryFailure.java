package org.opencity.childcare.jcr;

import javax.jcr.RepositoryException;

/**
 * The repository could not do what was asked. Carries the original
 * {@link RepositoryException}; it is never a "not found" in disguise.
 */
public class RepositoryFailure extends RuntimeException {

    public RepositoryFailure(String message, RepositoryException cause) {
        super(message, cause);
    }

}
