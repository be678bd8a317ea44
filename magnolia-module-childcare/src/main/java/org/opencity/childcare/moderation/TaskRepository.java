package org.opencity.childcare.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import org.opencity.childcare.jcr.Buckets;
import org.opencity.childcare.jcr.JcrNodes;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;

/**
 * Stores inbox tasks under {@code /tasks/<year>/<month>/<id>}. A decision is a child node
 * named {@code decision}: two sessions adding it at once cannot both save, which is what
 * makes a second or concurrent decision fail instead of being merged.
 */
public final class TaskRepository {

    public static final String ROOT = "/tasks";

    private static final String DECISION = "decision";

    private static final String OPEN_TASKS = "SELECT * FROM [" + NodeTypes.TASK + "] AS t WHERE t.[status] <> '"
            + TaskStatus.DECIDED + "' ORDER BY t.[createdAt]";

    public static void ensureFolders(JcrTemplate jcr, Instant now) {
        jcr.ensureFolders(Buckets.monthPath(ROOT, now));
    }

    public Task open(Session session, TaskType type, String subjectId, Instant at) throws RepositoryException {
        Node node = session.getNode(Buckets.monthPath(ROOT, at)).addNode(UUID.randomUUID().toString(), NodeTypes.TASK);
        node.setProperty("type", type.name());
        node.setProperty("subject", subjectId);
        node.setProperty("status", TaskStatus.OPEN.name());
        JcrProperties.set(node, "createdAt", at);
        return read(node);
    }

    public Optional<Task> findById(Session session, String id) throws RepositoryException {
        return node(session, id).map(this::readUnchecked);
    }

    public Task getById(Session session, String id) throws RepositoryException {
        return findById(session, id).orElseThrow(() -> new TaskNotFoundException(id));
    }

    /** Tasks not yet decided, oldest first. */
    public List<Task> listOpen(Session session) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery(OPEN_TASKS, Query.JCR_SQL2);
        List<Task> tasks = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            tasks.add(read(nodes.nextNode()));
        }
        return tasks;
    }

    /** Marks the task as taken by a webmaster, so that others see someone is on it. */
    public Task claim(Session session, String id, String staff) throws RepositoryException {
        Node node = node(session, id).orElseThrow(() -> new TaskNotFoundException(id));
        Task task = read(node);
        if (task.isDecided()) {
            throw new AlreadyDecidedException(id, task.decision());
        }
        node.setProperty("status", TaskStatus.CLAIMED.name());
        node.setProperty("claimedBy", staff);
        return read(node);
    }

    /**
     * Records the decision. Refuses with {@link AlreadyDecidedException} if this session
     * already sees one; a concurrent decision by another session makes the caller's save
     * fail.
     */
    public Task decide(Session session, String id, Decision decision) throws RepositoryException {
        Node node = node(session, id).orElseThrow(() -> new TaskNotFoundException(id));
        Task task = read(node);
        if (task.isDecided() || node.hasNode(DECISION)) {
            throw new AlreadyDecidedException(id, task.decision());
        }
        Node record = node.addNode(DECISION, NodeTypes.CONTENT_NODE);
        record.setProperty("outcome", decision.outcome().name());
        record.setProperty("decidedBy", decision.decidedBy());
        JcrProperties.set(record, "decidedAt", decision.decidedAt());
        record.setProperty("reason", decision.reason());
        JcrProperties.set(record, "checks", decision.checks());
        node.setProperty("status", TaskStatus.DECIDED.name());
        return read(node);
    }

    private Optional<Node> node(Session session, String id) throws RepositoryException {
        return JcrNodes.findByIdentifier(session, id, NodeTypes.TASK);
    }

    private Task readUnchecked(Node node) {
        try {
            return read(node);
        }
        catch (RepositoryException ex) {
            throw new org.opencity.childcare.jcr.RepositoryFailure("Cannot read task", ex);
        }
    }

    private Task read(Node node) throws RepositoryException {
        Decision decision = null;
        if (node.hasNode(DECISION)) {
            Node record = node.getNode(DECISION);
            decision = new Decision(Outcome.valueOf(JcrProperties.requiredString(record, "outcome")),
                    JcrProperties.requiredString(record, "decidedBy"),
                    JcrProperties.requiredInstant(record, "decidedAt"), JcrProperties.string(record, "reason"),
                    JcrProperties.strings(record, "checks"));
        }
        return new Task(node.getIdentifier(), TaskType.valueOf(JcrProperties.requiredString(node, "type")),
                JcrProperties.requiredString(node, "subject"),
                TaskStatus.valueOf(JcrProperties.requiredString(node, "status")),
                JcrProperties.requiredInstant(node, "createdAt"), JcrProperties.string(node, "claimedBy"), decision);
    }

}
