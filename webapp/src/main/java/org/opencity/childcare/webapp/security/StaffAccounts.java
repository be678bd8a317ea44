package org.opencity.childcare.webapp.security;

import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.Session;

import org.apache.jackrabbit.util.Text;
import org.springframework.stereotype.Component;

import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;

/**
 * Staff accounts of the host, under {@code /staff/<username>} in the childcare workspace.
 * (In a Magnolia deployment, staff are Magnolia's own admin users instead.)
 */
@Component
public class StaffAccounts {

    static final String ROOT = "/staff";

    private final JcrTemplate jcr;

    public StaffAccounts(JcrTemplate jcr) {
        this.jcr = jcr;
    }

    /** Where an account's node is, whether or not it exists. */
    public static String nodePath(String username) {
        return ROOT + "/" + Text.escapeIllegalJcrChars(username.strip());
    }

    public Optional<StaffAccount> find(String username) {
        String name = Text.escapeIllegalJcrChars(username.strip());
        if (name.isEmpty() || name.length() > 100) {
            return Optional.empty();
        }
        return this.jcr.read((session) -> {
            if (!session.nodeExists(nodePath(username))) {
                return Optional.empty();
            }
            Node node = session.getNode(nodePath(username));
            return Optional.of(new StaffAccount(username.strip(), JcrProperties.requiredString(node, "displayName"),
                    JcrProperties.requiredString(node, "role"), JcrProperties.requiredString(node, "passwordHash")));
        });
    }

    /**
     * Creates the account unless one with that user name exists; returns whether it
     * created it.
     */
    public boolean createIfAbsent(StaffAccount account) {
        this.jcr.ensureFolders(ROOT);
        return this.jcr.write((Session session) -> {
            if (session.nodeExists(nodePath(account.username()))) {
                return false;
            }
            Node node = session.getNode(ROOT).addNode(Text.escapeIllegalJcrChars(account.username()), NodeTypes.STAFF);
            node.setProperty("displayName", account.displayName());
            node.setProperty("role", account.role());
            node.setProperty("passwordHash", account.passwordHash());
            return true;
        });
    }

}
