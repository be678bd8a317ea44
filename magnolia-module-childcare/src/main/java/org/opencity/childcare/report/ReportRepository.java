package org.opencity.childcare.report;

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

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.jcr.Buckets;
import org.opencity.childcare.jcr.HashedNames;
import org.opencity.childcare.jcr.JcrNodes;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.jcr.RepositoryFailure;

/**
 * Stores reports in the {@code childcare} workspace under
 * {@code /reports/<year>/<month>/<id>}, one {@code childcare:report} node each. While a
 * report is open, an entry under {@code /reports/open/<hash of reporter and subject>}
 * stands for it: two reports of the same subject by the same member saved at once cannot
 * both add it.
 */
public final class ReportRepository {

    public static final String ROOT = "/reports";

    static final String OPEN = ROOT + "/open";

    private static final String BY_REPORTER = "SELECT * FROM [" + NodeTypes.REPORT
            + "] AS r WHERE r.[reporter] = $reporter ORDER BY r.[createdAt]";

    public static void ensureFolders(JcrTemplate jcr, Instant now) {
        jcr.ensureFolders(Buckets.monthPath(ROOT, now));
        jcr.ensureFolders(OPEN);
    }

    /**
     * Adds an open report. The caller saves the session; the folders must exist
     * ({@link #ensureFolders}).
     */
    public Report add(Session session, String reporterId, ReportSubject subject, String subjectId,
            @Nullable String conversationId, ReportReason reason, @Nullable String details, Instant at)
            throws RepositoryException {
        String key = openKey(reporterId, subjectId);
        if (session.nodeExists(OPEN + "/" + key)) {
            throw new AlreadyReportedException(subjectId);
        }
        Node node = session.getNode(Buckets.monthPath(ROOT, at))
            .addNode(UUID.randomUUID().toString(), NodeTypes.REPORT);
        node.setProperty("reporter", reporterId);
        node.setProperty("subjectType", subject.name());
        node.setProperty("subject", subjectId);
        node.setProperty("conversation", conversationId);
        node.setProperty("reason", reason.name());
        node.setProperty("details", details);
        JcrProperties.set(node, "createdAt", at);
        node.setProperty("status", ReportStatus.OPEN.name());
        session.getNode(OPEN).addNode(key, NodeTypes.CONTENT_NODE).setProperty("report", node.getIdentifier());
        return read(node);
    }

    /** Links the report to the inbox task that asks to decide it. */
    public Report attachTask(Session session, String reportId, String taskId) throws RepositoryException {
        Node node = node(session, reportId).orElseThrow(() -> new IllegalStateException("No report " + reportId));
        node.setProperty("task", taskId);
        return read(node);
    }

    /** Whether the member has an open report about this ad or member. */
    public boolean isOpen(Session session, String reporterId, String subjectId) throws RepositoryException {
        return session.nodeExists(OPEN + "/" + openKey(reporterId, subjectId));
    }

    public Optional<Report> findById(Session session, String id) throws RepositoryException {
        return node(session, id).map(ReportRepository::read);
    }

    /**
     * Writes the decided report and forgets its open entry, so that its reporter may
     * report the same subject again later.
     */
    public void update(Session session, Report report) throws RepositoryException {
        Node node = node(session, report.id()).orElseThrow(() -> new IllegalStateException("No report " + report.id()));
        node.setProperty("status", report.status().name());
        node.setProperty("note", report.note());
        String path = OPEN + "/" + openKey(report.reporterId(), report.subjectId());
        if (!report.isOpen() && session.nodeExists(path)) {
            session.getNode(path).remove();
        }
    }

    /** The reports the member made, oldest first, open or decided. */
    public List<Report> listByReporter(Session session, String reporterId) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery(BY_REPORTER, Query.JCR_SQL2);
        query.bindValue("reporter", session.getValueFactory().createValue(reporterId));
        List<Report> reports = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            reports.add(read(nodes.nextNode()));
        }
        return reports;
    }

    /**
     * Deletes what the reporter wrote in their own words, for a reporter who leaves the
     * service; the report's subject, reason and decision stay on record. The caller
     * saves.
     */
    public void forgetDetails(Session session, String reportId) throws RepositoryException {
        Optional<Node> node = node(session, reportId);
        if (node.isPresent()) {
            node.get().setProperty("details", (String) null);
        }
    }

    private static Report read(Node node) {
        try {
            return new Report(node.getIdentifier(), JcrProperties.requiredString(node, "reporter"),
                    ReportSubject.valueOf(JcrProperties.requiredString(node, "subjectType")),
                    JcrProperties.requiredString(node, "subject"), JcrProperties.string(node, "conversation"),
                    ReportReason.valueOf(JcrProperties.requiredString(node, "reason")),
                    JcrProperties.string(node, "details"), JcrProperties.requiredInstant(node, "createdAt"),
                    ReportStatus.valueOf(JcrProperties.requiredString(node, "status")),
                    JcrProperties.string(node, "task"), JcrProperties.string(node, "note"));
        }
        catch (RepositoryException ex) {
            throw new RepositoryFailure("Cannot read a report", ex);
        }
    }

    private static Optional<Node> node(Session session, String id) throws RepositoryException {
        return JcrNodes.findByIdentifier(session, id, NodeTypes.REPORT);
    }

    private static String openKey(String reporterId, String subjectId) {
        return HashedNames.sha256(reporterId + "/" + subjectId);
    }

}
