package org.opencity.childcare.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import org.opencity.childcare.jcr.HashedNames;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;

/**
 * Single-use links: 256 random bits handed out once, only their SHA-256 stored, under
 * {@code /tokens/<first two hex digits>/<hash>}. Using a token adds a {@code use} child
 * node, so two concurrent uses cannot both save.
 */
public final class OneTimeTokens {

    public static final String ROOT = "/tokens";

    private static final int RANDOM_BYTES = 32;

    private static final String USE = "use";

    private final Clock clock;

    private final SecureRandom random;

    public OneTimeTokens(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    /**
     * Makes sure the bucket of a token hash exists; call before {@link #issue}'s session.
     */
    public void prepare(JcrTemplate jcr, String rawToken) {
        jcr.ensureFolders(folderOf(hash(rawToken)));
    }

    /**
     * A new random token, not yet stored; pass it to {@link #prepare} and {@link #issue}.
     */
    public String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        this.random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Stores the hash of {@code rawToken} for {@code subjectId}, valid for
     * {@code validity}.
     */
    public void issue(Session session, String rawToken, TokenPurpose purpose, String subjectId, Duration validity)
            throws RepositoryException {
        String hash = hash(rawToken);
        Node node = session.getNode(folderOf(hash)).addNode(hash, NodeTypes.TOKEN);
        Instant now = this.clock.instant();
        node.setProperty("purpose", purpose.name());
        node.setProperty("subject", subjectId);
        JcrProperties.set(node, "createdAt", now);
        JcrProperties.set(node, "expiresAt", now.plus(validity));
    }

    /** Whether the token can be used now, without using it. */
    public TokenState check(Session session, TokenPurpose purpose, String rawToken) throws RepositoryException {
        return find(session, purpose, rawToken).map(this::state).orElse(TokenState.UNKNOWN);
    }

    /**
     * The subject of a valid token, without using it (to show the form the link leads
     * to).
     */
    public Optional<String> peek(Session session, TokenPurpose purpose, String rawToken) throws RepositoryException {
        Optional<Node> node = find(session, purpose, rawToken);
        if (node.isEmpty() || state(node.get()) != TokenState.VALID) {
            return Optional.empty();
        }
        return Optional.of(JcrProperties.requiredString(node.get(), "subject"));
    }

    /**
     * Uses the token and returns its subject; an {@link InvalidTokenException} says why
     * it cannot be used. The caller's save fails if another session used it at the same
     * time.
     */
    public String use(Session session, TokenPurpose purpose, String rawToken) throws RepositoryException {
        Node node = find(session, purpose, rawToken).orElseThrow(() -> new InvalidTokenException(TokenState.UNKNOWN));
        TokenState state = state(node);
        if (state != TokenState.VALID) {
            throw new InvalidTokenException(state);
        }
        JcrProperties.set(node.addNode(USE, NodeTypes.CONTENT_NODE), "at", this.clock.instant());
        return JcrProperties.requiredString(node, "subject");
    }

    /**
     * Voids every unused token of the subject for the purpose, once one of them did its
     * job.
     */
    public void revokeAll(Session session, TokenPurpose purpose, String subjectId) throws RepositoryException {
        Query query = session.getWorkspace()
            .getQueryManager()
            .createQuery("SELECT * FROM [" + NodeTypes.TOKEN + "] AS t WHERE t.[subject] = $subject"
                    + " AND t.[purpose] = $purpose", Query.JCR_SQL2);
        query.bindValue("subject", session.getValueFactory().createValue(subjectId));
        query.bindValue("purpose", session.getValueFactory().createValue(purpose.name()));
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            Node node = nodes.nextNode();
            if (!node.hasNode(USE)) {
                node.remove();
            }
        }
    }

    /**
     * Deletes every token issued for the subject, whatever its purpose and whether used
     * or not: for a member or an ad that is erased. Returns how many there were.
     */
    public int deleteAllOf(Session session, String subjectId) throws RepositoryException {
        Query query = session.getWorkspace()
            .getQueryManager()
            .createQuery("SELECT * FROM [" + NodeTypes.TOKEN + "] AS t WHERE t.[subject] = $subject", Query.JCR_SQL2);
        query.bindValue("subject", session.getValueFactory().createValue(subjectId));
        int count = 0;
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            nodes.nextNode().remove();
            count++;
        }
        return count;
    }

    private Optional<Node> find(Session session, TokenPurpose purpose, String rawToken) throws RepositoryException {
        if (rawToken.isBlank() || rawToken.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(rawToken);
        String path = folderOf(hash) + "/" + hash;
        if (!session.nodeExists(path)) {
            return Optional.empty();
        }
        Node node = session.getNode(path);
        return purpose.name().equals(JcrProperties.string(node, "purpose")) ? Optional.of(node) : Optional.empty();
    }

    private TokenState state(Node node) {
        try {
            if (node.hasNode(USE)) {
                return TokenState.USED;
            }
            Instant expiresAt = JcrProperties.requiredInstant(node, "expiresAt");
            return this.clock.instant().isBefore(expiresAt) ? TokenState.VALID : TokenState.EXPIRED;
        }
        catch (RepositoryException ex) {
            throw new org.opencity.childcare.jcr.RepositoryFailure("Cannot read token", ex);
        }
    }

    private static String folderOf(String hash) {
        return ROOT + "/" + hash.substring(0, 2);
    }

    static String hash(String rawToken) {
        return HashedNames.sha256(rawToken);
    }

}
