package org.opencity.childcare.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import org.opencity.childcare.jcr.Buckets;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;

/**
 * The audit trail of staff decisions, under {@code /audit/<year>/<month>/<id>}. Entries
 * are only ever added, in the same save as the change they record.
 */
public final class AuditLog {

    public static final String ROOT = "/audit";

    public static void ensureFolders(JcrTemplate jcr, Instant now) {
        jcr.ensureFolders(Buckets.monthPath(ROOT, now));
    }

    public void record(Session session, AuditEntry entry) throws RepositoryException {
        Node node = session.getNode(Buckets.monthPath(ROOT, entry.at()))
            .addNode(UUID.randomUUID().toString(), NodeTypes.AUDIT_ENTRY);
        JcrProperties.set(node, "at", entry.at());
        node.setProperty("actor", entry.actor());
        node.setProperty("action", entry.action());
        node.setProperty("subject", entry.subjectId());
        node.setProperty("detail", entry.detail());
    }

    /** Every entry about one subject, oldest first. */
    public List<AuditEntry> forSubject(Session session, String subjectId) throws RepositoryException {
        Query query = session.getWorkspace()
            .getQueryManager()
            .createQuery("SELECT * FROM [" + NodeTypes.AUDIT_ENTRY + "] AS a WHERE a.[subject] = $subject"
                    + " ORDER BY a.[at]", Query.JCR_SQL2);
        query.bindValue("subject", session.getValueFactory().createValue(subjectId));
        List<AuditEntry> entries = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            Node node = nodes.nextNode();
            entries.add(new AuditEntry(JcrProperties.requiredInstant(node, "at"),
                    JcrProperties.requiredString(node, "actor"), JcrProperties.requiredString(node, "action"),
                    JcrProperties.requiredString(node, "subject"), JcrProperties.string(node, "detail")));
        }
        return entries;
    }

}
