package org.opencity.childcare.jcr;

import java.util.Optional;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Looks up records by their identifier, the one lookup every repository of the module
 * does.
 */
public final class JcrNodes {

    private JcrNodes() {
    }

    /**
     * The node with identifier {@code id} if it is of {@code nodeType}; empty for an
     * unknown id, a string that is no identifier at all (a mistyped address) or a node of
     * another type, so that none of these can be told apart from the outside.
     */
    public static Optional<Node> findByIdentifier(Session session, String id, String nodeType)
            throws RepositoryException {
        try {
            Node node = session.getNodeByIdentifier(id);
            return node.isNodeType(nodeType) ? Optional.of(node) : Optional.empty();
        }
        catch (ItemNotFoundException | IllegalArgumentException ex) {
            return Optional.empty();
        }
        catch (RepositoryException ex) {
            // How Jackrabbit reports a string that is no identifier at all.
            if (ex.getCause() instanceof IllegalArgumentException) {
                return Optional.empty();
            }
            throw ex;
        }
    }

}
