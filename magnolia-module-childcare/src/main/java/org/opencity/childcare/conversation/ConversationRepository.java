package org.opencity.childcare.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import org.opencity.childcare.jcr.Buckets;
import org.opencity.childcare.jcr.HashedNames;
import org.opencity.childcare.jcr.JcrNodes;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.jcr.RepositoryFailure;

/**
 * Stores conversations in the {@code childcare} workspace under
 * {@code /conversations/<year>/<month>/<id>}, bucketed by when they started, one
 * {@code childcare:conversation} node each with its messages as {@code childcare:message}
 * children. An index entry per ad and writer, under
 * {@code /conversations/index/<shard>/<hash>}, makes that pair's conversation unique: two
 * first messages saved at once cannot both add it.
 */
public final class ConversationRepository {

    public static final String ROOT = "/conversations";

    static final String INDEX = ROOT + "/index";

    private static final String FROM = "SELECT * FROM [" + NodeTypes.CONVERSATION + "] AS c WHERE ";

    private static final String OF_MEMBER = FROM
            + "(c.[starter] = $member OR c.[owner] = $member) ORDER BY c.[lastMessageAt] DESC";

    private static final String QUIET_SINCE = FROM + "c.[lastMessageAt] < $before";

    private static final String STARTED_SINCE = FROM + "c.[starter] = $member AND c.[createdAt] > $since";

    /** Makes sure the bucket a conversation started at {@code now} goes into exists. */
    public static void ensureFolders(JcrTemplate jcr, Instant now) {
        jcr.ensureFolders(Buckets.monthPath(ROOT, now));
    }

    /**
     * Makes sure the index folder of the conversation between {@code starterId} and the
     * owner of {@code adId} exists.
     */
    public static void ensureIndexFolder(JcrTemplate jcr, String adId, String starterId) {
        jcr.ensureFolders(indexFolder(indexKey(adId, starterId)));
    }

    /**
     * Starts a conversation without messages. The caller saves the session; the save
     * fails as a concurrent change if the same writer started one about the same ad
     * meanwhile. The bucket and index folder must exist.
     */
    public Conversation add(Session session, String adId, String adTitle, String starterId, String ownerId, Instant at)
            throws RepositoryException {
        Node node = session.getNode(Buckets.monthPath(ROOT, at))
            .addNode(UUID.randomUUID().toString(), NodeTypes.CONVERSATION);
        node.setProperty("ad", adId);
        node.setProperty("adTitle", adTitle);
        node.setProperty("starter", starterId);
        node.setProperty("owner", ownerId);
        JcrProperties.set(node, "createdAt", at);
        JcrProperties.set(node, "lastMessageAt", at);
        node.setProperty("unreadByStarter", 0L);
        node.setProperty("unreadByOwner", 0L);
        String key = indexKey(adId, starterId);
        session.getNode(indexFolder(key))
            .addNode(key, NodeTypes.CONTENT_NODE)
            .setProperty("conversation", node.getIdentifier());
        return read(node);
    }

    /**
     * The conversation of this writer about this ad, if they started one.
     */
    public Optional<Conversation> findByAdAndStarter(Session session, String adId, String starterId)
            throws RepositoryException {
        String key = indexKey(adId, starterId);
        String path = indexFolder(key) + "/" + key;
        if (!session.nodeExists(path)) {
            return Optional.empty();
        }
        return findById(session, session.getNode(path).getProperty("conversation").getString());
    }

    /**
     * The conversation with this identifier; empty for an unknown or malformed one, or
     * one that names something else.
     */
    public Optional<Conversation> findById(Session session, String id) throws RepositoryException {
        return node(session, id).map(ConversationRepository::read);
    }

    /**
     * The conversation, read for a change this session will save: a simultaneous change
     * saved by another session makes this one's save fail instead of being merged with it
     * (counters must not lose a message).
     */
    public Optional<Conversation> findForUpdate(Session session, String id) throws RepositoryException {
        Optional<Node> node = node(session, id);
        if (node.isPresent()) {
            Node found = node.get();
            JcrProperties.set(found, "lastMessageAt", JcrProperties.requiredInstant(found, "lastMessageAt"));
        }
        return node.map(ConversationRepository::read);
    }

    /** The member's conversations, the one with the latest message first. */
    public List<Conversation> listOf(Session session, String memberId) throws RepositoryException {
        Query query = query(session, OF_MEMBER);
        query.bindValue("member", session.getValueFactory().createValue(memberId));
        List<Conversation> conversations = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            conversations.add(read(nodes.nextNode()));
        }
        return conversations;
    }

    /** How many conversations the member started after {@code since}. */
    public int countStartedSince(Session session, String memberId, Instant since) throws RepositoryException {
        Query query = query(session, STARTED_SINCE);
        query.bindValue("member", session.getValueFactory().createValue(memberId));
        query.bindValue("since", session.getValueFactory().createValue(JcrTemplate.calendar(since)));
        int count = 0;
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); nodes.nextNode()) {
            count++;
        }
        return count;
    }

    /** The conversation's messages, oldest first. */
    public List<Message> messages(Session session, String conversationId) throws RepositoryException {
        Optional<Node> node = node(session, conversationId);
        List<Message> messages = new ArrayList<>();
        if (node.isEmpty()) {
            return messages;
        }
        for (NodeIterator children = node.get().getNodes(); children.hasNext();) {
            Node child = children.nextNode();
            if (child.isNodeType(NodeTypes.MESSAGE)) {
                messages.add(new Message(child.getIdentifier(), JcrProperties.requiredString(child, "sender"),
                        JcrProperties.requiredString(child, "text"), JcrProperties.requiredInstant(child, "sentAt")));
            }
        }
        messages.sort(Comparator.comparing(Message::sentAt));
        return messages;
    }

    /**
     * Adds a message from one participant: the conversation's last activity moves to
     * {@code at} and the other participant has one more message to read. Read the
     * conversation with {@link #findForUpdate} first.
     */
    public Message addMessage(Session session, Conversation conversation, String senderId, String text, Instant at)
            throws RepositoryException {
        Node node = node(session, conversation.id())
            .orElseThrow(() -> new ConversationNotFoundException(conversation.id()));
        Node message = node.addNode(UUID.randomUUID().toString(), NodeTypes.MESSAGE);
        message.setProperty("sender", senderId);
        message.setProperty("text", text);
        JcrProperties.set(message, "sentAt", at);
        JcrProperties.set(node, "lastMessageAt", at);
        String counter = conversation.starterId().equals(senderId) ? "unreadByOwner" : "unreadByStarter";
        node.setProperty(counter, node.getProperty(counter).getLong() + 1);
        return new Message(message.getIdentifier(), senderId, text, at);
    }

    /** Records that {@code memberId} has read every message so far. */
    public void markRead(Session session, Conversation conversation, String memberId) throws RepositoryException {
        Node node = node(session, conversation.id())
            .orElseThrow(() -> new ConversationNotFoundException(conversation.id()));
        String counter = conversation.starterId().equals(memberId) ? "unreadByStarter" : "unreadByOwner";
        node.setProperty(counter, 0L);
    }

    private static Conversation read(Node node) {
        try {
            return new Conversation(node.getIdentifier(), JcrProperties.requiredString(node, "ad"),
                    JcrProperties.requiredString(node, "adTitle"), JcrProperties.requiredString(node, "starter"),
                    JcrProperties.requiredString(node, "owner"), JcrProperties.requiredInstant(node, "createdAt"),
                    JcrProperties.requiredInstant(node, "lastMessageAt"),
                    (int) node.getProperty("unreadByStarter").getLong(),
                    (int) node.getProperty("unreadByOwner").getLong());
        }
        catch (RepositoryException ex) {
            throw new RepositoryFailure("Cannot read a conversation", ex);
        }
    }

    /**
     * The identifiers of the conversations whose last message is older than
     * {@code before}.
     */
    public List<String> listQuietSince(Session session, Instant before) throws RepositoryException {
        Query query = query(session, QUIET_SINCE);
        query.bindValue("before", session.getValueFactory().createValue(JcrTemplate.calendar(before)));
        List<String> ids = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            ids.add(nodes.nextNode().getIdentifier());
        }
        return ids;
    }

    /**
     * Deletes the conversation, its messages and its index entry, if it is still quiet
     * since {@code before}; false if it is gone or a message came meanwhile.
     */
    public boolean deleteIfQuietSince(Session session, String id, Instant before) throws RepositoryException {
        Optional<Node> found = node(session, id);
        if (found.isEmpty() || !JcrProperties.requiredInstant(found.get(), "lastMessageAt").isBefore(before)) {
            return false;
        }
        remove(session, found.get());
        return true;
    }

    /**
     * Deletes the conversation, its messages and its index entry; nothing if it is gone.
     */
    public void delete(Session session, String id) throws RepositoryException {
        Optional<Node> found = node(session, id);
        if (found.isPresent()) {
            remove(session, found.get());
        }
    }

    /**
     * Takes a member who leaves the service out of the conversation, which stays for the
     * other member: the messages the leaver wrote are deleted, what the other member had
     * left to read of them is forgotten, and the index entry derived from the leaver's
     * identifier goes (no one can write here again). Returns how many messages were
     * deleted. The caller saves.
     */
    public int removeParticipant(Session session, String id, String memberId) throws RepositoryException {
        Node node = node(session, id).orElseThrow(() -> new ConversationNotFoundException(id));
        Conversation conversation = read(node);
        List<Node> written = new ArrayList<>();
        for (NodeIterator children = node.getNodes(); children.hasNext();) {
            Node child = children.nextNode();
            if (child.isNodeType(NodeTypes.MESSAGE) && memberId.equals(JcrProperties.string(child, "sender"))) {
                written.add(child);
            }
        }
        for (Node message : written) {
            message.remove();
        }
        node.setProperty("unreadByStarter", 0L);
        node.setProperty("unreadByOwner", 0L);
        if (conversation.starterId().equals(memberId)) {
            removeIndexEntry(session, conversation);
        }
        return written.size();
    }

    private static void remove(Session session, Node node) throws RepositoryException {
        removeIndexEntry(session, read(node));
        node.remove();
    }

    private static void removeIndexEntry(Session session, Conversation conversation) throws RepositoryException {
        String key = indexKey(conversation.adId(), conversation.starterId());
        String indexPath = indexFolder(key) + "/" + key;
        if (session.nodeExists(indexPath)) {
            session.getNode(indexPath).remove();
        }
    }

    private static Optional<Node> node(Session session, String id) throws RepositoryException {
        return JcrNodes.findByIdentifier(session, id, NodeTypes.CONVERSATION);
    }

    private static Query query(Session session, String statement) throws RepositoryException {
        return session.getWorkspace().getQueryManager().createQuery(statement, Query.JCR_SQL2);
    }

    /** The index key of a writer's conversation about an ad: no identifier in clear. */
    private static String indexKey(String adId, String starterId) {
        return HashedNames.sha256(adId + "/" + starterId);
    }

    /**
     * The index entries are spread over 256 folders by the key's first two digits, so
     * that no folder grows to tens of thousands of children.
     */
    private static String indexFolder(String key) {
        return INDEX + "/" + key.substring(0, 2);
    }

}
