package org.opencity.childcare.webapp.website;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.jcr.JcrTemplate;

/**
 * Publishing: residents see a page's published copy, never the draft editors are working
 * on. Each publication keeps a copy of what it published, with who and when, so any
 * earlier version can be restored.
 */
public class Publications {

    private static final Logger logger = LoggerFactory.getLogger(Publications.class);

    static final String LAST_ACTIVATED = "mgnl:lastActivated";

    static final String LAST_ACTIVATED_BY = "mgnl:lastActivatedBy";

    static final String ACTIVATION_STATUS = "mgnl:activationStatus";

    private static final String CONTENT = "content";

    private final WebsiteContent website;

    private final Clock clock;

    public Publications(WebsiteContent website, Clock clock) {
        this.website = website;
        this.clock = clock;
    }

    /**
     * Publishes the draft of the page at {@code path}: residents see it from now on.
     * @param note shown in the history, e.g. which version a restoration brought back
     * @throws PublicationException if the page does not exist or its parent page was
     * never published
     */
    public Publication publish(String path, String user, @Nullable String note) {
        ContentNode draft = this.website.author()
            .read((session) -> session.nodeExists(path) ? ContentNodes.read(session.getNode(path), true) : null);
        if (draft == null || !draft.isPage()) {
            throw new PublicationException("No page at " + path);
        }
        Instant now = this.clock.instant();
        Publication publication = this.website.published().write((session) -> {
            Node live = livePage(session, path, draft);
            ContentNodes.replaceContent(live, draft);
            return record(session, draft, path, user, now, note);
        });
        this.website.author().write((session) -> {
            Node page = session.getNode(path);
            page.setProperty(LAST_ACTIVATED, JcrTemplate.calendar(now));
            page.setProperty(LAST_ACTIVATED_BY, user);
            page.setProperty(ACTIVATION_STATUS, 2L);
            return null;
        });
        this.website.forget();
        logger.info("Page '{}' published by '{}'", path, user);
        return publication;
    }

    /**
     * Makes an earlier publication the draft again and publishes it.
     * @throws PublicationException if there is no such publication
     */
    public Publication restore(String publicationId, String user) {
        Publication earlier = find(publicationId);
        ContentNode copy = this.website.published().read((session) -> {
            Node entry = session.getNodeByIdentifier(publicationId);
            return ContentNodes.read(entry.getNode(CONTENT), true);
        });
        this.website.author().write((session) -> {
            if (!session.nodeExists(earlier.path())) {
                throw new PublicationException("The page " + earlier.path() + " no longer exists");
            }
            ContentNodes.replaceContent(session.getNode(earlier.path()), copy);
            return null;
        });
        return publish(earlier.path(), user, earlier.publishedAt().toString());
    }

    /** Takes a page and its sub-pages off the site; the drafts stay. */
    public void unpublish(String path) {
        this.website.published().write((session) -> {
            if (session.nodeExists(path)) {
                session.getNode(path).remove();
            }
            return null;
        });
        this.website.author().write((session) -> {
            if (session.nodeExists(path)) {
                Node page = session.getNode(path);
                page.setProperty(ACTIVATION_STATUS, 0L);
            }
            return null;
        });
        this.website.forget();
    }

    /** The publications of the page at {@code path}, newest first. */
    public List<Publication> history(String path) {
        return this.website.published().read((session) -> {
            List<Publication> result = new ArrayList<>();
            String folder = historyFolder(session, path, false);
            if (folder != null) {
                for (NodeIterator it = session.getNode(folder).getNodes(); it.hasNext();) {
                    result.add(publication(it.nextNode()));
                }
            }
            result.sort((a, b) -> b.publishedAt().compareTo(a.publishedAt()));
            return result;
        });
    }

    private Publication find(String publicationId) {
        return this.website.published().read((session) -> {
            try {
                Node entry = session.getNodeByIdentifier(publicationId);
                if (!entry.getPath().startsWith(WebsiteWorkspaces.HISTORY_ROOT + "/")) {
                    throw new PublicationException("Not a publication: " + publicationId);
                }
                return publication(entry);
            }
            catch (javax.jcr.ItemNotFoundException ex) {
                throw new PublicationException("No publication " + publicationId);
            }
        });
    }

    /** The published node of the page, created if needed under its published parent. */
    private static Node livePage(Session session, String path, ContentNode draft) throws RepositoryException {
        if (session.nodeExists(path)) {
            return session.getNode(path);
        }
        String parentPath = path.substring(0, path.lastIndexOf('/'));
        if (parentPath.isEmpty()) {
            return session.getRootNode().addNode(draft.name(), ContentNode.PAGE);
        }
        if (!session.nodeExists(parentPath)) {
            throw new PublicationException("The parent page " + parentPath + " must be published first");
        }
        return session.getNode(parentPath).addNode(draft.name(), ContentNode.PAGE);
    }

    private static Publication record(Session session, ContentNode draft, String path, String user, Instant at,
            @Nullable String note) throws RepositoryException {
        Node folder = session.getNode(historyFolder(session, path, true));
        Node entry = folder.addNode(UUID.randomUUID().toString(), "mgnl:content");
        entry.setProperty("path", path);
        entry.setProperty(LAST_ACTIVATED_BY, user);
        entry.setProperty(LAST_ACTIVATED, JcrTemplate.calendar(at));
        if (note != null) {
            entry.setProperty("restoredFrom", note);
        }
        Map<String, Object> properties = new LinkedHashMap<>(draft.properties());
        ContentNode copy = new ContentNode(CONTENT, draft.path(), draft.identifier(), "mgnl:contentNode",
                Map.copyOf(properties), draft.children(), null);
        ContentNodes.add(entry, copy);
        return publication(entry);
    }

    /**
     * The folder of a page's publications, one per page path: {@code /publications/<path
     * with slashes as dots>}.
     */
    private static @Nullable String historyFolder(Session session, String path, boolean create)
            throws RepositoryException {
        String name = path.substring(1).replace('/', '.');
        String folder = WebsiteWorkspaces.HISTORY_ROOT + "/" + name;
        if (session.nodeExists(folder)) {
            return folder;
        }
        if (!create) {
            return null;
        }
        Node root = session.nodeExists(WebsiteWorkspaces.HISTORY_ROOT) ? session.getNode(WebsiteWorkspaces.HISTORY_ROOT)
                : session.getRootNode().addNode(WebsiteWorkspaces.HISTORY_ROOT.substring(1), "mgnl:folder");
        return root.addNode(name, "mgnl:folder").getPath();
    }

    private static Publication publication(Node entry) throws RepositoryException {
        return new Publication(entry.getIdentifier(), entry.getProperty("path").getString(),
                entry.getProperty(LAST_ACTIVATED_BY).getString(),
                entry.getProperty(LAST_ACTIVATED).getDate().toInstant(),
                entry.hasProperty("restoredFrom") ? entry.getProperty("restoredFrom").getString() : null);
    }

    /**
     * One publication of a page.
     *
     * @param restoredFrom when it brought back an earlier version, that version's date
     */
    public record Publication(String id, String path, String publishedBy, Instant publishedAt,
            @Nullable String restoredFrom) {

        public Date publishedAtDate() {
            return Date.from(this.publishedAt);
        }

    }

}
