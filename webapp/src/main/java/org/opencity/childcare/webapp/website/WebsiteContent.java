package org.opencity.childcare.webapp.website;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencity.childcare.embedded.EmbeddedJackrabbit;
import org.opencity.childcare.jcr.JcrTemplate;

/**
 * Pages as residents and editors see them. Residents' pages come from the public
 * workspace and are kept in memory until that workspace changes: JCR observation tells
 * every node of a cluster, so a publication shows everywhere at once.
 */
public class WebsiteContent implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(WebsiteContent.class);

    private static final int ALL_CHANGES = Event.NODE_ADDED | Event.NODE_REMOVED | Event.NODE_MOVED
            | Event.PROPERTY_ADDED | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED;

    private final JcrTemplate author;

    private final JcrTemplate published;

    private final Session listening;

    private final Map<String, Optional<ContentNode>> livePages = new ConcurrentHashMap<>();

    private final Map<String, Optional<String>> pagesShowing = new ConcurrentHashMap<>();

    private final AtomicLong generation = new AtomicLong();

    private final String siteRoot;

    public WebsiteContent(EmbeddedJackrabbit repository, String siteRoot) throws RepositoryException {
        this.author = new JcrTemplate(() -> repository.login(WebsiteWorkspaces.AUTHOR));
        this.published = new JcrTemplate(() -> repository.login(WebsiteWorkspaces.PUBLIC));
        this.siteRoot = siteRoot;
        this.listening = repository.login(WebsiteWorkspaces.PUBLIC);
        this.listening.getWorkspace()
            .getObservationManager()
            .addEventListener((events) -> forget(), ALL_CHANGES, "/", true, null, null, false);
    }

    /** The author workspace, where editors change pages. */
    public JcrTemplate author() {
        return this.author;
    }

    /** The public workspace: published pages and the publication history. */
    public JcrTemplate published() {
        return this.published;
    }

    /** The address of the section's top page, below which the service's pages live. */
    public String siteRoot() {
        return this.siteRoot;
    }

    /** The published page at {@code path}, without its sub-pages. */
    public Optional<ContentNode> livePage(String path) {
        return cached(this.livePages, path, (key) -> this.published.read((session) -> {
            Node node = pageNode(session, key);
            return (node != null) ? Optional.of(ContentNodes.read(node, false)) : Optional.empty();
        }));
    }

    /** The published page of the section that holds a component of this template. */
    public Optional<ContentNode> livePageShowing(String templateId) {
        return cached(this.pagesShowing, templateId, (key) -> this.published.read((session) -> {
            if (!session.nodeExists(this.siteRoot)) {
                return Optional.empty();
            }
            return Optional.ofNullable(find(session.getNode(this.siteRoot), key));
        })).flatMap(this::livePage);
    }

    /** The draft of the page at {@code path}, as editors left it. */
    public Optional<ContentNode> draftPage(String path) {
        return this.author.read((session) -> {
            Node node = pageNode(session, path);
            return (node != null) ? Optional.of(ContentNodes.read(node, false)) : Optional.empty();
        });
    }

    /**
     * The page at {@code path}; null when there is none, or the path is not a valid one.
     */
    private static @Nullable Node pageNode(Session session, String path) throws RepositoryException {
        try {
            if (!path.startsWith("/") || !session.nodeExists(path)) {
                return null;
            }
        }
        catch (RepositoryException ex) {
            return null;
        }
        Node node = session.getNode(path);
        return node.isNodeType(ContentNode.PAGE) ? node : null;
    }

    /**
     * A value kept until the public workspace changes. A value read while a change was
     * being saved is used once but not kept, so it cannot outlive the change.
     */
    private <T> Optional<T> cached(Map<String, Optional<T>> cache, String key, Function<String, Optional<T>> loader) {
        Optional<T> value = cache.get(key);
        if (value != null) {
            return value;
        }
        long before = this.generation.get();
        value = loader.apply(key);
        // Only what exists is kept: any address can be asked for, and misses are cheap.
        if (value.isPresent() && this.generation.get() == before) {
            cache.put(key, value);
        }
        return value;
    }

    private static @Nullable String find(Node page, String templateId) throws RepositoryException {
        for (NodeIterator areas = page.getNodes(); areas.hasNext();) {
            Node child = areas.nextNode();
            if (child.isNodeType(ContentNode.AREA)) {
                for (NodeIterator components = child.getNodes(); components.hasNext();) {
                    Node component = components.nextNode();
                    if (component.hasProperty(ContentNode.TEMPLATE)
                            && templateId.equals(component.getProperty(ContentNode.TEMPLATE).getString())) {
                        return page.getPath();
                    }
                }
            }
        }
        for (NodeIterator pages = page.getNodes(); pages.hasNext();) {
            Node child = pages.nextNode();
            if (child.isNodeType(ContentNode.PAGE)) {
                String found = find(child, templateId);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Drops what is kept in memory; the next request reads the workspace again. */
    public void forget() {
        this.generation.incrementAndGet();
        this.livePages.clear();
        this.pagesShowing.clear();
    }

    @Override
    public void close() {
        try {
            this.listening.logout();
        }
        catch (RuntimeException ex) {
            logger.debug("Listening session already closed", ex);
        }
    }

}
