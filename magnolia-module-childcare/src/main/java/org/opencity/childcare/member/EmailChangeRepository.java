package org.opencity.childcare.member;

import java.time.Instant;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.opencity.childcare.jcr.JcrNodes;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.NodeTypes;

/**
 * Keeps a member's pending change of e-mail address on their own node
 * ({@code pendingEmail}, {@code pendingEmailRequestedAt}, {@code pendingEmailExpiresAt}).
 * {@link MemberRepository} rewrites only its own properties, so these survive its
 * updates, and they go with the node when the account is deleted.
 */
public final class EmailChangeRepository {

    static final String PENDING_EMAIL = "pendingEmail";

    static final String REQUESTED_AT = "pendingEmailRequestedAt";

    static final String EXPIRES_AT = "pendingEmailExpiresAt";

    /** The member's pending change, expired or not; empty if none or no such member. */
    public Optional<PendingEmailChange> find(Session session, String memberId) throws RepositoryException {
        Optional<Node> node = memberNode(session, memberId);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String email = JcrProperties.string(node.get(), PENDING_EMAIL);
        Instant requestedAt = JcrProperties.instant(node.get(), REQUESTED_AT);
        Instant expiresAt = JcrProperties.instant(node.get(), EXPIRES_AT);
        if (email == null || requestedAt == null || expiresAt == null) {
            return Optional.empty();
        }
        return Optional.of(new PendingEmailChange(email, requestedAt, expiresAt));
    }

    /** Records the change, replacing any earlier one. The caller saves. */
    void save(Session session, String memberId, PendingEmailChange change) throws RepositoryException {
        Node node = memberNode(session, memberId).orElseThrow(() -> new MemberNotFoundException(memberId));
        JcrProperties.set(node, PENDING_EMAIL, change.email());
        JcrProperties.set(node, REQUESTED_AT, change.requestedAt());
        JcrProperties.set(node, EXPIRES_AT, change.expiresAt());
    }

    /**
     * Forgets the pending change: done, or cancelled by a new password. Nothing happens
     * if there is none. The caller saves.
     */
    void clear(Session session, String memberId) throws RepositoryException {
        Optional<Node> node = memberNode(session, memberId);
        if (node.isPresent()) {
            JcrProperties.set(node.get(), PENDING_EMAIL, (String) null);
            JcrProperties.set(node.get(), REQUESTED_AT, (Instant) null);
            JcrProperties.set(node.get(), EXPIRES_AT, (Instant) null);
        }
    }

    private static Optional<Node> memberNode(Session session, String memberId) throws RepositoryException {
        return JcrNodes.findByIdentifier(session, memberId, NodeTypes.MEMBER);
    }

}
