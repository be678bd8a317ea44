package org.opencity.childcare.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.opencity.childcare.jcr.HashedNames;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;

/**
 * Who blocked whom, under {@code /conversations/blocks/<hash>}: one entry per blocker and
 * blocked member, named by a hash of the pair so that checking a block is a single path
 * access. Blocks are few, so they share one folder.
 */
public final class BlockRepository {

    static final String FOLDER = ConversationRepository.ROOT + "/blocks";

    public static void ensureFolders(JcrTemplate jcr) {
        jcr.ensureFolders(FOLDER);
    }

    /** Whether {@code blockerId} blocked {@code blockedId}. */
    public boolean isBlocked(Session session, String blockerId, String blockedId) throws RepositoryException {
        return session.nodeExists(path(blockerId, blockedId));
    }

    /** Whether either member blocked the other. */
    public boolean eitherBlocked(Session session, String memberId, String otherId) throws RepositoryException {
        return isBlocked(session, memberId, otherId) || isBlocked(session, otherId, memberId);
    }

    /**
     * Records the block; nothing changes if it exists. The folder must exist
     * ({@link #ensureFolders}).
     */
    public void block(Session session, String blockerId, String blockedId, Instant at) throws RepositoryException {
        if (isBlocked(session, blockerId, blockedId)) {
            return;
        }
        Node entry = session.getNode(FOLDER).addNode(key(blockerId, blockedId), NodeTypes.CONTENT_NODE);
        entry.setProperty("blocker", blockerId);
        entry.setProperty("blocked", blockedId);
        JcrProperties.set(entry, "at", at);
    }

    /** Lifts the block; nothing happens if there is none. */
    public void unblock(Session session, String blockerId, String blockedId) throws RepositoryException {
        String path = path(blockerId, blockedId);
        if (session.nodeExists(path)) {
            session.getNode(path).remove();
        }
    }

    /** The blocks {@code blockerId} made, oldest first. */
    public List<Block> listBlockedBy(Session session, String blockerId) throws RepositoryException {
        List<Block> blocks = new ArrayList<>();
        for (Node entry : entries(session)) {
            if (blockerId.equals(JcrProperties.string(entry, "blocker"))) {
                blocks.add(new Block(blockerId, JcrProperties.requiredString(entry, "blocked"),
                        JcrProperties.requiredInstant(entry, "at")));
            }
        }
        blocks.sort(Comparator.comparing(Block::at));
        return blocks;
    }

    /**
     * Deletes every block the member made or was the target of, for a member who leaves
     * the service; returns how many there were. The caller saves.
     */
    public int deleteAllOf(Session session, String memberId) throws RepositoryException {
        int count = 0;
        for (Node entry : entries(session)) {
            if (memberId.equals(JcrProperties.string(entry, "blocker"))
                    || memberId.equals(JcrProperties.string(entry, "blocked"))) {
                entry.remove();
                count++;
            }
        }
        return count;
    }

    /** Every block entry; blocks are few, so reading them all is cheap. */
    private static List<Node> entries(Session session) throws RepositoryException {
        List<Node> entries = new ArrayList<>();
        if (session.nodeExists(FOLDER)) {
            for (NodeIterator nodes = session.getNode(FOLDER).getNodes(); nodes.hasNext();) {
                entries.add(nodes.nextNode());
            }
        }
        return entries;
    }

    private static String path(String blockerId, String blockedId) {
        return FOLDER + "/" + key(blockerId, blockedId);
    }

    private static String key(String blockerId, String blockedId) {
        return HashedNames.sha256(blockerId + ">" + blockedId);
    }

    /**
     * One member's block of another.
     *
     * @param at when the block was made
     */
    public record Block(String blockerId, String blockedId, Instant at) {

    }

}
