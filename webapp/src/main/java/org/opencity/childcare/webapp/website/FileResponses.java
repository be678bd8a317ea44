package org.opencity.childcare.webapp.website;

import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** Reads an uploaded image for serving, refusing anything that is not one. */
public final class FileResponses {

    private FileResponses() {
    }

    /** The image stored at {@code path}, with its bytes, if there is one. */
    public static Optional<ContentNode.Binary> image(Session session, String path) throws RepositoryException {
        Node node;
        try {
            if (!path.startsWith("/") || !session.nodeExists(path)) {
                return Optional.empty();
            }
            node = session.getNode(path);
        }
        catch (RepositoryException ex) {
            // Not a valid JCR path: nothing to serve.
            return Optional.empty();
        }
        if (!node.isNodeType(ContentNode.RESOURCE)) {
            return Optional.empty();
        }
        ContentNode.Binary binary = ContentNodes.read(node, true).binary();
        if (binary == null || !PublishedFilesController.IMAGE_TYPES.contains(binary.mimeType())) {
            return Optional.empty();
        }
        return Optional.of(binary);
    }

}
