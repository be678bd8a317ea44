package org.opencity.childcare.webapp.security;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.util.Text;
import org.springframework.stereotype.Component;

import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.validation.TextRules;
import org.opencity.childcare.webapp.security.StaffActionRefusedException.Reason;

/**
 * Staff accounts of the host, under {@code /staff/<username>} in the childcare workspace.
 * (In a Magnolia deployment, staff are Magnolia's own admin users instead.)
 * <p>
 * Changes that decide from the other accounts (a user name still free, a webmaster still
 * active besides the one being disabled) are serialised on this node.
 */
@Component
public class StaffAccounts {

    // TODO: on a cluster, two nodes could each disable one of the last two active
    // webmasters at the same moment; that needs a lock shared by the nodes (a JCR lock on
    // /staff, say), which the host does not take yet.

    static final String ROOT = "/staff";

    private static final String DISPLAY_NAME = "displayName";

    private static final String ROLE = "role";

    private static final String PASSWORD_HASH = "passwordHash";

    private static final String DISABLED = "disabled";

    private static final String SESSION_VERSION = "sessionVersion";

    private static final String PROVISIONAL_PASSWORD = "provisionalPassword";

    private static final int NAME_MAX = 100;

    private final JcrTemplate jcr;

    public StaffAccounts(JcrTemplate jcr) {
        this.jcr = jcr;
    }

    /** Where an account's node is, whether or not it exists. */
    public static String nodePath(String username) {
        return ROOT + "/" + Text.escapeIllegalJcrChars(username.strip());
    }

    public Optional<StaffAccount> find(String username) {
        String name = username.strip();
        if (name.isEmpty() || name.length() > NAME_MAX || TextRules.hasControlCharacters(name)) {
            return Optional.empty();
        }
        return this.jcr.read((session) -> {
            if (!session.nodeExists(nodePath(name))) {
                return Optional.empty();
            }
            return Optional.of(read(name, session.getNode(nodePath(name))));
        });
    }

    /** Every account, by display name then user name. */
    public List<StaffAccount> list() {
        List<StaffAccount> accounts = this.jcr.read(StaffAccounts::all);
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.PRIMARY);
        accounts.sort(Comparator.comparing(StaffAccount::displayName, collator)
            .thenComparing(StaffAccount::username, collator));
        return accounts;
    }

    /**
     * Creates the account unless one with that user name exists, whatever its case;
     * returns whether it created it.
     */
    public synchronized boolean createIfAbsent(StaffAccount account) {
        this.jcr.ensureFolders(ROOT);
        return this.jcr.write((Session session) -> {
            boolean taken = all(session).stream()
                .anyMatch((existing) -> existing.username().equalsIgnoreCase(account.username()));
            if (taken || session.nodeExists(nodePath(account.username()))) {
                return false;
            }
            Node node = session.getNode(ROOT).addNode(Text.escapeIllegalJcrChars(account.username()), NodeTypes.STAFF);
            node.setProperty(DISPLAY_NAME, account.displayName());
            node.setProperty(ROLE, account.role());
            node.setProperty(PASSWORD_HASH, account.passwordHash());
            if (account.provisionalPassword()) {
                node.setProperty(PROVISIONAL_PASSWORD, true);
            }
            return true;
        });
    }

    /**
     * Stores a new password hash, {@code provisional} when the service handed the
     * password out rather than the person choosing it; the account's open sessions end.
     */
    public StaffAccount changePassword(String username, String passwordHash, boolean provisional) {
        return this.jcr.write((session) -> {
            Node node = node(session, username);
            node.setProperty(PASSWORD_HASH, passwordHash);
            node.setProperty(PROVISIONAL_PASSWORD, provisional);
            return endSessions(username, node);
        });
    }

    /** Ends the account's open sessions, at their next request. */
    public StaffAccount endSessions(String username) {
        return this.jcr.write((session) -> endSessions(username, node(session, username)));
    }

    /**
     * Disables an active account, whose sessions end; refuses to disable the last active
     * webmaster, which would leave no one to manage the accounts.
     * @throws StaffActionRefusedException if the account is disabled already or is the
     * last active webmaster
     */
    public synchronized StaffAccount disable(String username) {
        return this.jcr.write((session) -> {
            Node node = node(session, username);
            StaffAccount account = read(username, node);
            if (!account.active()) {
                throw new StaffActionRefusedException(Reason.ALREADY_DISABLED);
            }
            boolean otherWebmaster = all(session).stream()
                .anyMatch((other) -> other.isWebmaster() && other.active() && !other.username().equals(username));
            if (account.isWebmaster() && !otherWebmaster) {
                throw new StaffActionRefusedException(Reason.LAST_ACTIVE_WEBMASTER);
            }
            node.setProperty(DISABLED, true);
            return endSessions(username, node);
        });
    }

    /**
     * Lets a disabled account log in again. Its former sessions stay ended.
     * @throws StaffActionRefusedException if the account is active already
     */
    public synchronized StaffAccount enable(String username) {
        return this.jcr.write((session) -> {
            Node node = node(session, username);
            if (read(username, node).active()) {
                throw new StaffActionRefusedException(Reason.ALREADY_ACTIVE);
            }
            node.setProperty(DISABLED, false);
            return read(username, node);
        });
    }

    private static StaffAccount endSessions(String username, Node node) throws RepositoryException {
        node.setProperty(SESSION_VERSION, read(username, node).sessionVersion() + 1);
        return read(username, node);
    }

    private static Node node(Session session, String username) throws RepositoryException {
        if (!session.nodeExists(nodePath(username))) {
            throw new IllegalStateException("No staff account '" + username + "'");
        }
        return session.getNode(nodePath(username));
    }

    private static List<StaffAccount> all(Session session) throws RepositoryException {
        List<StaffAccount> accounts = new ArrayList<>();
        if (!session.nodeExists(ROOT)) {
            return accounts;
        }
        for (NodeIterator nodes = session.getNode(ROOT).getNodes(); nodes.hasNext();) {
            Node node = nodes.nextNode();
            if (node.isNodeType(NodeTypes.STAFF)) {
                accounts.add(read(Text.unescapeIllegalJcrChars(node.getName()), node));
            }
        }
        return accounts;
    }

    private static StaffAccount read(String username, Node node) throws RepositoryException {
        boolean disabled = node.hasProperty(DISABLED) && node.getProperty(DISABLED).getBoolean();
        return new StaffAccount(username, JcrProperties.requiredString(node, DISPLAY_NAME),
                JcrProperties.requiredString(node, ROLE), JcrProperties.requiredString(node, PASSWORD_HASH), !disabled,
                JcrProperties.number(node, SESSION_VERSION).orElse(0L),
                node.hasProperty(PROVISIONAL_PASSWORD) && node.getProperty(PROVISIONAL_PASSWORD).getBoolean());
    }

}
