package org.opencity.childcare.jcr;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import javax.jcr.InvalidItemStateException;
import javax.jcr.ItemExistsException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a unit of work in its own session and translates repository failures in one place:
 * a conflicting concurrent save becomes a {@link ConcurrentChangeException}, anything
 * else a {@link RepositoryFailure} carrying its cause.
 */
public final class JcrTemplate {

    private static final Logger logger = LoggerFactory.getLogger(JcrTemplate.class);

    private static final int WRITE_ATTEMPTS = 3;

    private final SessionFactory sessions;

    public JcrTemplate(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * Runs {@code work} in a fresh session that is discarded afterwards, saving nothing.
     */
    public <T> T read(SessionWork<T> work) {
        return run(work, false);
    }

    /** Runs {@code work} in a fresh session and saves its changes in one go. */
    public <T> T write(SessionWork<T> work) {
        return run(work, true);
    }

    /**
     * Runs {@code work} as {@link #write}, up to three times when the save fails: two
     * saves at the same moment clash, and Jackrabbit reports some such clashes as plain
     * repository failures rather than concurrent changes. Each new attempt reads what the
     * other save left, so {@code work} must decide from what it reads (an address now
     * registered, a task now decided).
     */
    public <T> T writeRetrying(SessionWork<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return write(work);
            }
            catch (RepositoryFailure ex) {
                if (attempt == WRITE_ATTEMPTS) {
                    throw ex;
                }
                logger.info("A save failed, possibly against a simultaneous one; trying again (attempt '{}' of '{}')",
                        attempt + 1, WRITE_ATTEMPTS);
            }
        }
    }

    /**
     * Makes sure the folder path exists, creating missing folders in their own saves so
     * that two writers creating the same bucket at once do not fail each other's real
     * work.
     */
    public void ensureFolders(String absolutePath) {
        for (int attempt = 1;; attempt++) {
            try {
                write((session) -> {
                    Node node = session.getRootNode();
                    for (String name : absolutePath.substring(1).split("/")) {
                        node = node.hasNode(name) ? node.getNode(name) : node.addNode(name, NodeTypes.FOLDER);
                    }
                    return node;
                });
                return;
            }
            catch (ConcurrentChangeException ex) {
                if (attempt == 3) {
                    throw ex;
                }
            }
        }
    }

    private <T> T run(SessionWork<T> work, boolean save) {
        Session session = null;
        try {
            session = this.sessions.open();
            T result = work.execute(session);
            if (save) {
                session.save();
            }
            return result;
        }
        catch (InvalidItemStateException | ItemExistsException ex) {
            throw new ConcurrentChangeException(ex);
        }
        catch (RepositoryException ex) {
            throw new RepositoryFailure("Repository operation failed: " + ex.getMessage(), ex);
        }
        finally {
            if (session != null) {
                session.logout();
            }
        }
    }

    /**
     * A JCR date value for an instant, in UTC so that stored values do not depend on the
     * server.
     */
    public static Calendar calendar(Instant instant) {
        return GregorianCalendar.from(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** Work done with an open session. */
    @FunctionalInterface
    public interface SessionWork<T> {

        T execute(Session session) throws RepositoryException;

    }

}
