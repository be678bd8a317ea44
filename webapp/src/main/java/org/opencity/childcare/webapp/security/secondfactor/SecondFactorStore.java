package org.opencity.childcare.webapp.security.secondfactor;

import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.webapp.security.StaffAccounts;

/**
 * The second factor's state on a staff account's node: the authenticator secret, the last
 * time step a code was accepted for (a code is good once), and the hashes of the unused
 * recovery codes.
 */
final class SecondFactorStore {

    private static final String SECRET = "totpSecret";

    private static final String LAST_STEP = "totpLastStep";

    private static final String RECOVERY_CODES = "recoveryCodeHashes";

    private final JcrTemplate jcr;

    SecondFactorStore(JcrTemplate jcr) {
        this.jcr = jcr;
    }

    /** What is stored for an enrolled account. */
    record State(String secret, long lastStep, List<String> recoveryCodeHashes) {
    }

    Optional<State> find(String username) {
        return this.jcr.read((session) -> {
            Optional<Node> node = node(session, username);
            String secret = node.isPresent() ? JcrProperties.string(node.get(), SECRET) : null;
            if (secret == null) {
                return Optional.empty();
            }
            return Optional.of(new State(secret, JcrProperties.number(node.get(), LAST_STEP).orElse(Long.MIN_VALUE),
                    JcrProperties.strings(node.get(), RECOVERY_CODES)));
        });
    }

    void save(String username, State state) {
        this.jcr.write((session) -> {
            Node node = node(session, username)
                .orElseThrow(() -> new IllegalStateException("No staff account to store a second factor on"));
            node.setProperty(SECRET, state.secret());
            node.setProperty(LAST_STEP, state.lastStep());
            JcrProperties.set(node, RECOVERY_CODES, state.recoveryCodeHashes());
            return null;
        });
    }

    /** Forgets the secret and the recovery codes; returns whether there were any. */
    boolean remove(String username) {
        return this.jcr.write((session) -> {
            Optional<Node> node = node(session, username);
            if (node.isEmpty() || !node.get().hasProperty(SECRET)) {
                return false;
            }
            for (String property : new String[] { SECRET, LAST_STEP, RECOVERY_CODES }) {
                if (node.get().hasProperty(property)) {
                    node.get().getProperty(property).remove();
                }
            }
            return true;
        });
    }

    private static Optional<Node> node(Session session, String username) throws RepositoryException {
        String path = StaffAccounts.nodePath(username);
        return session.nodeExists(path) ? Optional.of(session.getNode(path)) : Optional.empty();
    }

}
