package org.opencity.childcare.jcr;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Opens a session on the childcare workspace with the rights of the module itself. In
 * Magnolia this is the system context's session; in the host, a session on the embedded
 * repository.
 */
@FunctionalInterface
public interface SessionFactory {

    Session open() throws RepositoryException;

}
