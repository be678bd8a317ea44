package org.opencity.childcare.listing.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import javax.jcr.observation.EventIterator;
import javax.jcr.observation.EventListener;
import javax.jcr.observation.ObservationManager;

import org.jspecify.annotations.Nullable;
import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.jcr.RepositoryFailure;
import org.opencity.childcare.jcr.SessionFactory;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an {@link AdIndex} exact: rebuilds it from the repository on start, then listens
 * to every change below {@code /ads} and re-reads the ads concerned. Jackrabbit delivers
 * changes saved on other cluster nodes to the same listeners, so writes made anywhere
 * reach the index, a moment after their save.
 */
public final class AdIndexUpdater implements EventListener, AutoCloseable {

    private static final int EVENTS = Event.NODE_ADDED | Event.NODE_REMOVED | Event.PROPERTY_ADDED
            | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED;

    /** Ads sit at {@code /ads/<year>/<month>/<ad>}: the fourth level. */
    private static final int AD_DEPTH = 4;

    private static final Logger logger = LoggerFactory.getLogger(AdIndexUpdater.class);

    private final AdIndex index;

    private final AdRepository ads;

    /** Serialises the start's rebuild with the handling of events. */
    private final Object updates = new Object();

    private volatile @Nullable Session session;

    public AdIndexUpdater(AdIndex index, AdRepository ads) {
        this.index = index;
        this.ads = ads;
    }

    /**
     * Starts listening, then fills the index from the repository. Changes saved while the
     * index fills wait for it and are applied after, re-read from the repository, so none
     * is lost or applied out of order.
     */
    public void start(SessionFactory sessions) {
        synchronized (this.updates) {
            if (this.session != null) {
                throw new IllegalStateException("The ad index updater is already started");
            }
            try {
                Session listening = sessions.open();
                this.session = listening;
                ObservationManager observation = listening.getWorkspace().getObservationManager();
                observation.addEventListener(this, EVENTS, AdRepository.ROOT, true, null, null, false);
                rebuild(listening);
            }
            catch (RepositoryException ex) {
                stop();
                throw new RepositoryFailure("Cannot start the ad index updater", ex);
            }
        }
    }

    /**
     * Stops listening and closes the session; the index keeps its content. Not
     * synchronised with event handling: the repository waits for a running listener
     * before it removes it.
     */
    public void stop() {
        Session listening = this.session;
        this.session = null;
        if (listening == null) {
            return;
        }
        try {
            listening.getWorkspace().getObservationManager().removeEventListener(this);
        }
        catch (RepositoryException ex) {
            logger.warn("Could not unregister the ad index listener; closing its session anyway", ex);
        }
        finally {
            listening.logout();
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public void onEvent(EventIterator events) {
        synchronized (this.updates) {
            Session listening = this.session;
            if (listening == null) {
                return;
            }
            try {
                apply(listening, events);
            }
            catch (RepositoryException | RuntimeException ex) {
                if (this.session == null) {
                    return;
                }
                // The index may now miss a change: rebuilding is the only way back to
                // exact.
                logger.warn("Could not apply ad changes to the search index; rebuilding it", ex);
                rebuildQuietly(listening);
            }
        }
    }

    private void apply(Session listening, EventIterator events) throws RepositoryException {
        Set<String> changedPaths = new LinkedHashSet<>();
        List<String> removedIds = new ArrayList<>();
        boolean bucketRemoved = false;
        while (events.hasNext()) {
            Event event = events.nextEvent();
            String path = event.getPath();
            boolean isNodeEvent = event.getType() == Event.NODE_ADDED || event.getType() == Event.NODE_REMOVED;
            String nodePath = isNodeEvent ? path : parent(path);
            int depth = depth(nodePath);
            if (event.getType() == Event.NODE_REMOVED && depth == AD_DEPTH) {
                removedIds.add(event.getIdentifier());
            }
            else if (event.getType() == Event.NODE_REMOVED && depth < AD_DEPTH) {
                bucketRemoved = true;
            }
            else if (depth >= AD_DEPTH) {
                changedPaths.add(ancestor(nodePath, AD_DEPTH));
            }
        }
        if (bucketRemoved) {
            rebuild(listening);
            return;
        }

        listening.refresh(false);
        Map<String, Ad> changed = new LinkedHashMap<>();
        for (String adPath : changedPaths) {
            if (listening.nodeExists(adPath)) {
                Node node = listening.getNode(adPath);
                if (node.isNodeType(NodeTypes.AD)) {
                    Ad ad = AdRepository.read(node);
                    changed.put(ad.id(), ad);
                }
            }
        }
        this.index.apply(changed.values(), removedIds);
    }

    private void rebuild(Session session) throws RepositoryException {
        long startedAt = System.nanoTime();
        List<Ad> all = new ArrayList<>();
        session.refresh(false);
        this.ads.forEach(session, all::add);
        this.index.rebuild(all);
        long elapsedMs = (System.nanoTime() - startedAt) / 1_000_000;
        logger.info("Search index rebuilt: '{}' published ads of '{}' read in {} ms", this.index.size(), all.size(),
                elapsedMs);
    }

    private void rebuildQuietly(Session session) {
        try {
            rebuild(session);
        }
        catch (RepositoryException | RuntimeException ex) {
            logger.error("Could not rebuild the search index; searches may be stale until the next restart", ex);
        }
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return (slash <= 0) ? "/" : path.substring(0, slash);
    }

    private static int depth(String path) {
        if ("/".equals(path)) {
            return 0;
        }
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    private static String ancestor(String path, int depth) {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/' && ++slashes > depth) {
                return path.substring(0, i);
            }
        }
        return path;
    }

}
