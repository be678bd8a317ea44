package org.opencity.childcare.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.jcr.Buckets;
import org.opencity.childcare.jcr.JcrNodes;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.jcr.RepositoryFailure;

/**
 * Stores saved searches in the {@code childcare} workspace under
 * {@code /searches/<year>/<month>/<random id>}, bucketed by creation, one
 * {@code childcare:savedSearch} node each. Besides the search, a node keeps the state of
 * its alerts and the SHA-256 hashes of the keys its mails' "stop" links carry, never the
 * keys themselves.
 */
public final class SavedSearchRepository {

    public static final String ROOT = "/searches";

    /**
     * How many mails' "stop" links of one search keep working: the newest ones. More than
     * a year of daily digests.
     */
    static final int KEYS_KEPT = 500;

    static final String MEMBER = "member";

    static final String UNSUBSCRIBE_KEYS = "unsubscribeKeys";

    private static final String ANNOUNCED = "announced";

    private static final String FROM_SEARCHES = "SELECT * FROM [" + NodeTypes.SAVED_SEARCH + "] AS s WHERE ";

    private static final String BY_MEMBER = FROM_SEARCHES + "s.[" + MEMBER + "] = $member ORDER BY s.[createdAt] DESC";

    private static final String BY_FREQUENCY = FROM_SEARCHES + "s.[frequency] = $frequency";

    private static final String BY_FREQUENCY_CHECKED_BEFORE = BY_FREQUENCY + " AND s.[checkedUntil] < $before";

    /** Makes sure the bucket a search saved at {@code now} goes into exists. */
    public static void ensureFolders(JcrTemplate jcr, Instant now) {
        jcr.ensureFolders(Buckets.monthPath(ROOT, now));
    }

    /**
     * Adds a saved search with alerts on, new ads counted from {@code now}. The caller
     * saves the session; the bucket must exist ({@link #ensureFolders}).
     */
    public SavedSearch add(Session session, String memberId, String name, String query, AlertFrequency frequency,
            Instant now) throws RepositoryException {
        Node bucket = session.getNode(Buckets.monthPath(ROOT, now));
        Node node = bucket.addNode(UUID.randomUUID().toString(), NodeTypes.SAVED_SEARCH);
        SavedSearch search = new SavedSearch(node.getIdentifier(), memberId, name, query, frequency, now, now, now,
                null, Map.of());
        JcrProperties.set(node, MEMBER, memberId);
        JcrProperties.set(node, "createdAt", now);
        write(node, search);
        return search;
    }

    /**
     * The saved search with this identifier; empty for an unknown or malformed
     * identifier, or one that names something else.
     */
    public Optional<SavedSearch> findById(Session session, String id) throws RepositoryException {
        return node(session, id).map(SavedSearchRepository::read);
    }

    /**
     * The saved search, read for a change that this session will save. Its member is
     * written again before it is read, so that the save fails as a concurrent change if
     * another session saved a change of the same search meanwhile (an alert run on
     * another node, a second click) rather than overwrite it.
     */
    public Optional<SavedSearch> findForUpdate(Session session, String id) throws RepositoryException {
        return lockedNode(session, id).map(SavedSearchRepository::read);
    }

    /** The member's saved searches, newest first. */
    public List<SavedSearch> listByMember(Session session, String memberId) throws RepositoryException {
        Query query = query(session, BY_MEMBER);
        query.bindValue("member", session.getValueFactory().createValue(memberId));
        return execute(query, false);
    }

    /**
     * The searches of this frequency whose alerts go out; with {@code checkedBefore},
     * only those last checked before it.
     */
    public List<SavedSearch> listAlerting(Session session, AlertFrequency frequency, @Nullable Instant checkedBefore)
            throws RepositoryException {
        Query query = query(session, (checkedBefore != null) ? BY_FREQUENCY_CHECKED_BEFORE : BY_FREQUENCY);
        query.bindValue("frequency", session.getValueFactory().createValue(frequency.name()));
        if (checkedBefore != null) {
            query.bindValue("before", session.getValueFactory().createValue(JcrTemplate.calendar(checkedBefore)));
        }
        return execute(query, true);
    }

    /** Writes the search's changed name, frequency and alert state. */
    public void update(Session session, SavedSearch search) throws RepositoryException {
        Node node = node(session, search.id()).orElseThrow(() -> new SavedSearchNotFoundException(search.id()));
        write(node, search);
    }

    /**
     * Keeps the hash of a new "stop" link's key, forgetting the oldest beyond
     * {@link #KEYS_KEPT}.
     */
    public void addUnsubscribeKey(Session session, String id, String keyHash) throws RepositoryException {
        Node node = node(session, id).orElseThrow(() -> new SavedSearchNotFoundException(id));
        List<String> hashes = new ArrayList<>(JcrProperties.strings(node, UNSUBSCRIBE_KEYS));
        hashes.add(keyHash);
        if (hashes.size() > KEYS_KEPT) {
            hashes = hashes.subList(hashes.size() - KEYS_KEPT, hashes.size());
        }
        JcrProperties.set(node, UNSUBSCRIBE_KEYS, hashes);
    }

    /**
     * The saved search if one of its mails carried the key of this hash; read for an
     * update when {@code forUpdate} (see {@link #findForUpdate}).
     */
    public Optional<SavedSearch> findByUnsubscribeKey(Session session, String id, String keyHash, boolean forUpdate)
            throws RepositoryException {
        Optional<Node> node = forUpdate ? lockedNode(session, id) : node(session, id);
        if (node.isEmpty() || !hasKey(node.get(), keyHash)) {
            return Optional.empty();
        }
        return node.map(SavedSearchRepository::read);
    }

    /** Deletes the saved search; nothing happens if there is none. */
    public void delete(Session session, String id) throws RepositoryException {
        Optional<Node> node = node(session, id);
        if (node.isPresent()) {
            node.get().remove();
        }
    }

    /**
     * The saved search a {@code childcare:savedSearch} node holds; a
     * {@link RepositoryFailure} naming the node if it cannot be read.
     */
    static SavedSearch read(Node node) {
        try {
            Map<String, Instant> announced = new LinkedHashMap<>();
            for (String entry : JcrProperties.strings(node, ANNOUNCED)) {
                int space = entry.indexOf(' ');
                announced.put(entry.substring(0, space), Instant.parse(entry.substring(space + 1)));
            }
            return new SavedSearch(node.getIdentifier(), JcrProperties.requiredString(node, MEMBER),
                    JcrProperties.requiredString(node, "name"), JcrProperties.requiredString(node, "query"),
                    AlertFrequency.valueOf(JcrProperties.requiredString(node, "frequency")),
                    JcrProperties.requiredInstant(node, "createdAt"),
                    JcrProperties.requiredInstant(node, "alertsSince"),
                    JcrProperties.requiredInstant(node, "checkedUntil"), JcrProperties.instant(node, "stoppedAt"),
                    announced);
        }
        catch (RepositoryException ex) {
            throw new RepositoryFailure("Cannot read saved search " + safePath(node), ex);
        }
    }

    private static void write(Node node, SavedSearch search) throws RepositoryException {
        JcrProperties.set(node, "name", search.name());
        JcrProperties.set(node, "query", search.query());
        JcrProperties.set(node, "frequency", search.frequency().name());
        JcrProperties.set(node, "alertsSince", search.alertsSince());
        JcrProperties.set(node, "checkedUntil", search.checkedUntil());
        JcrProperties.set(node, "stoppedAt", search.stoppedAt());
        JcrProperties.set(node, ANNOUNCED,
                search.recentlyAnnounced()
                    .entrySet()
                    .stream()
                    .map((entry) -> entry.getKey() + " " + entry.getValue())
                    .sorted()
                    .toList());
    }

    private static boolean hasKey(Node node, String keyHash) throws RepositoryException {
        byte[] presented = keyHash.getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        for (String stored : JcrProperties.strings(node, UNSUBSCRIBE_KEYS)) {
            found |= MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), presented);
        }
        return found;
    }

    private Optional<Node> lockedNode(Session session, String id) throws RepositoryException {
        Optional<Node> node = node(session, id);
        if (node.isPresent()) {
            JcrProperties.set(node.get(), MEMBER, JcrProperties.requiredString(node.get(), MEMBER));
        }
        return node;
    }

    private static Optional<Node> node(Session session, String id) throws RepositoryException {
        return JcrNodes.findByIdentifier(session, id, NodeTypes.SAVED_SEARCH);
    }

    private static Query query(Session session, String statement) throws RepositoryException {
        return session.getWorkspace().getQueryManager().createQuery(statement, Query.JCR_SQL2);
    }

    private static List<SavedSearch> execute(Query query, boolean alertingOnly) throws RepositoryException {
        List<SavedSearch> searches = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            SavedSearch search = read(nodes.nextNode());
            if (!alertingOnly || search.alertsOn()) {
                searches.add(search);
            }
        }
        return searches;
    }

    private static String safePath(Node node) {
        try {
            return node.getPath();
        }
        catch (RepositoryException ex) {
            return "(unknown path)";
        }
    }

}
