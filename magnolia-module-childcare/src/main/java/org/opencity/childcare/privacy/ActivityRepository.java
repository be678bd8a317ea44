package org.opencity.childcare.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import org.opencity.childcare.jcr.JcrNodes;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.member.MemberStatus;

/**
 * Keeps, on each member's own node, when they last logged in ({@code lastLoginAt}) and
 * where the inactivity procedure stands ({@code inactivityWarnedAt},
 * {@code inactivityDeletionAt}). {@code MemberRepository} rewrites only its own
 * properties, so these survive its updates, and they go with the node when the account is
 * deleted.
 */
public final class ActivityRepository {

    static final String LAST_LOGIN_AT = "lastLoginAt";

    static final String WARNED_AT = "inactivityWarnedAt";

    static final String DELETION_AT = "inactivityDeletionAt";

    private static final String ACTIVE_MEMBERS = "SELECT * FROM [" + NodeTypes.MEMBER + "] AS m WHERE m.[status] = '"
            + MemberStatus.ACTIVE + "'";

    /** The member's activity; empty if there is no such member. */
    public Optional<MemberActivity> find(Session session, String memberId) throws RepositoryException {
        Optional<Node> node = JcrNodes.findByIdentifier(session, memberId, NodeTypes.MEMBER);
        return node.isPresent() ? Optional.of(read(node.get())) : Optional.empty();
    }

    /**
     * The activity of every active member. Read whole: one small record per member, once
     * a night, is cheap up to tens of thousands of members.
     */
    public List<MemberActivity> listActive(Session session) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery(ACTIVE_MEMBERS, Query.JCR_SQL2);
        List<MemberActivity> result = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            result.add(read(nodes.nextNode()));
        }
        return result;
    }

    /**
     * Records a login; a pending inactivity warning no longer holds. Nothing happens if
     * there is no such member. The caller saves.
     */
    public void recordLogin(Session session, String memberId, Instant at) throws RepositoryException {
        Optional<Node> node = JcrNodes.findByIdentifier(session, memberId, NodeTypes.MEMBER);
        if (node.isPresent()) {
            JcrProperties.set(node.get(), LAST_LOGIN_AT, at);
            clear(node.get());
        }
    }

    /**
     * Records the warning, unless one is already recorded; true if this session's save is
     * the one that warns. The member's status is written again first, so that of two
     * sessions claiming the same warning at once only one can save.
     */
    public boolean claimWarning(Session session, String memberId, Instant at, Instant deletionAt)
            throws RepositoryException {
        Optional<Node> node = JcrNodes.findByIdentifier(session, memberId, NodeTypes.MEMBER);
        if (node.isEmpty() || node.get().hasProperty(WARNED_AT)) {
            return false;
        }
        JcrProperties.set(node.get(), "status", JcrProperties.requiredString(node.get(), "status"));
        JcrProperties.set(node.get(), WARNED_AT, at);
        JcrProperties.set(node.get(), DELETION_AT, deletionAt);
        return true;
    }

    /**
     * Forgets the warning: the member logged in since, or the mail could not go out and
     * the next run should try again. The caller saves.
     */
    public void clearWarning(Session session, String memberId) throws RepositoryException {
        Optional<Node> node = JcrNodes.findByIdentifier(session, memberId, NodeTypes.MEMBER);
        if (node.isPresent()) {
            clear(node.get());
        }
    }

    private static void clear(Node node) throws RepositoryException {
        JcrProperties.set(node, WARNED_AT, (Instant) null);
        JcrProperties.set(node, DELETION_AT, (Instant) null);
    }

    private static MemberActivity read(Node node) throws RepositoryException {
        Instant lastLogin = JcrProperties.instant(node, LAST_LOGIN_AT);
        Instant verified = JcrProperties.instant(node, "verifiedAt");
        Instant lastSeen = (lastLogin != null) ? lastLogin
                : (verified != null) ? verified : JcrProperties.requiredInstant(node, "registeredAt");
        return new MemberActivity(node.getIdentifier(), lastSeen, lastLogin, JcrProperties.instant(node, WARNED_AT),
                JcrProperties.instant(node, DELETION_AT));
    }

}
