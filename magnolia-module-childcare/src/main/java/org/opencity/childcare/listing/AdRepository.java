package org.opencity.childcare.listing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.query.Query;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.jcr.Buckets;
import org.opencity.childcare.jcr.JcrNodes;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.jcr.RepositoryFailure;

/**
 * Stores ads in the {@code childcare} workspace under {@code /ads/<year>/<month>/<id>},
 * bucketed by creation, one {@code childcare:ad} node each. Besides what the ad says, a
 * node keeps a normalised {@code searchText} for free-text search, the schedule both as
 * bits and as readable slots, when the expiry reminder went out, and Magnolia's
 * {@code mgnl:lastModified} as the time of the last change, from which the retention of
 * ads out of the listings counts.
 */
public final class AdRepository {

    public static final String ROOT = "/ads";

    static final String LAST_MODIFIED = "mgnl:lastModified";

    static final String REMINDER_SENT_AT = "reminderSentAt";

    /** Set while the ad's owner is suspended: the ad is out of the listings meanwhile. */
    static final String OWNER_SUSPENDED = "ownerSuspended";

    private static final String FROM_ADS = "SELECT * FROM [" + NodeTypes.AD + "] AS a WHERE ";

    private static final String DUE_FOR_EXPIRY = FROM_ADS + "a.[status] = '" + AdStatus.PUBLISHED
            + "' AND a.[expiresAt] <= $now";

    private static final String EXPIRING_BETWEEN = FROM_ADS + "a.[status] = '" + AdStatus.PUBLISHED
            + "' AND a.[expiresAt] > $from AND a.[expiresAt] <= $to";

    private static final String PURGEABLE = FROM_ADS + "(a.[status] = '" + AdStatus.EXPIRED + "' OR a.[status] = '"
            + AdStatus.WITHDRAWN + "' OR a.[status] = '" + AdStatus.CLOSED + "' OR a.[status] = '" + AdStatus.REMOVED
            + "' OR a.[status] = '" + AdStatus.REJECTED + "') AND a.[" + LAST_MODIFIED + "] < $before";

    private static final String BY_OWNER = FROM_ADS + "a.[owner] = $owner ORDER BY a.[createdAt] DESC";

    private static final String PUBLISHED_BETWEEN = FROM_ADS + "a.[status] = '" + AdStatus.PUBLISHED
            + "' AND a.[publishedAt] > $after AND a.[publishedAt] <= $until ORDER BY a.[publishedAt]";

    private static final String NEWEST_FIRST = "SELECT * FROM [" + NodeTypes.AD + "] AS a ORDER BY a.[createdAt] DESC";

    private static final String IN_STATUS_NEWEST_FIRST = FROM_ADS + "a.[status] = $status ORDER BY a.[createdAt] DESC";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private final Clock clock;

    /** A repository that dates changes by the system clock. */
    public AdRepository() {
        this(Clock.systemUTC());
    }

    /** A repository that dates changes ({@code mgnl:lastModified}) by {@code clock}. */
    public AdRepository(Clock clock) {
        this.clock = clock;
    }

    /** Makes sure the bucket an ad created at {@code now} goes into exists. */
    public static void ensureFolders(JcrTemplate jcr, Instant now) {
        jcr.ensureFolders(Buckets.monthPath(ROOT, now));
    }

    /**
     * The text free-text search compares with: lower case, without accents, letters and
     * digits only, single spaces. "Garde partagée à l’Île" becomes "garde partagee a l
     * ile".
     */
    public static String searchText(String title, String text) {
        String lower = (title + " " + text).toLowerCase(Locale.ROOT);
        String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(unaccented).replaceAll(" ").strip();
    }

    /**
     * Adds a draft ad. The caller saves the session; the bucket must exist
     * ({@link #ensureFolders}).
     */
    public Ad add(Session session, String ownerId, AdContent content, Instant createdAt) throws RepositoryException {
        Node bucket = session.getNode(Buckets.monthPath(ROOT, createdAt));
        Node node = bucket.addNode(UUID.randomUUID().toString(), NodeTypes.AD);
        Ad ad = new Ad(node.getIdentifier(), ownerId, AdStatus.DRAFT, content, createdAt, null, null, null, null);
        write(node, ad);
        return ad;
    }

    /**
     * Writes the ad's changed state. A new lifetime (another {@code expiresAt}) forgets
     * the reminder sent for the previous one.
     */
    public void update(Session session, Ad ad) throws RepositoryException {
        Node node = adNode(session, ad.id()).orElseThrow(() -> new AdNotFoundException(ad.id()));
        Instant storedExpiry = JcrProperties.instant(node, "expiresAt");
        if (storedExpiry != null && !storedExpiry.equals(ad.expiresAt())) {
            JcrProperties.set(node, REMINDER_SENT_AT, (Instant) null);
        }
        write(node, ad);
    }

    /**
     * The ad with this identifier; empty for an unknown or malformed identifier, or one
     * that names something other than an ad.
     */
    public Optional<Ad> findById(Session session, String id) throws RepositoryException {
        return adNode(session, id).map(AdRepository::read);
    }

    /** The owner's ads in every status, newest first. */
    public List<Ad> listByOwner(Session session, String ownerId) throws RepositoryException {
        Query query = query(session, BY_OWNER);
        query.bindValue("owner", session.getValueFactory().createValue(ownerId));
        return execute(query);
    }

    /**
     * Every ad, or only those in {@code status}, newest first: the webmasters' list of
     * ads. A query rather than {@link #forEach}, so that the index filters the status and
     * sorts by creation, which the bucket walk cannot. The list is read whole: fine up to
     * a few thousand ads, which ads out of the listings never exceed for long since they
     * are purged after the retention period; past that, page with the query's limit and
     * offset.
     */
    public List<Ad> listNewestFirst(Session session, @Nullable AdStatus status) throws RepositoryException {
        if (status == null) {
            return execute(query(session, NEWEST_FIRST));
        }
        Query query = query(session, IN_STATUS_NEWEST_FIRST);
        query.bindValue("status", session.getValueFactory().createValue(status.name()));
        return execute(query);
    }

    /**
     * Hands every ad to {@code action}, bucket by bucket, oldest bucket first: for
     * rebuilding an index beside the repository.
     */
    public void forEach(Session session, Consumer<Ad> action) throws RepositoryException {
        if (!session.nodeExists(ROOT)) {
            return;
        }
        for (NodeIterator years = session.getNode(ROOT).getNodes(); years.hasNext();) {
            for (NodeIterator months = years.nextNode().getNodes(); months.hasNext();) {
                for (NodeIterator ads = months.nextNode().getNodes(); ads.hasNext();) {
                    Node node = ads.nextNode();
                    if (node.isNodeType(NodeTypes.AD)) {
                        action.accept(read(node));
                    }
                }
            }
        }
    }

    /**
     * Ads in the published status whose publication is later than {@code after} and at
     * the latest {@code until}, oldest publication first: the new ads that saved-search
     * alerts announce. Whether each is still listed (not past its expiry) is the caller's
     * to check, at its own moment. A renewal keeps the publication date, so a renewed ad
     * is not new again.
     */
    public List<Ad> listPublishedBetween(Session session, Instant after, Instant until) throws RepositoryException {
        Query query = query(session, PUBLISHED_BETWEEN);
        query.bindValue("after", session.getValueFactory().createValue(JcrTemplate.calendar(after)));
        query.bindValue("until", session.getValueFactory().createValue(JcrTemplate.calendar(until)));
        return execute(query);
    }

    /** Published ads whose time is up at {@code now}, for the expiry job to mark. */
    public List<Ad> listDueForExpiry(Session session, Instant now) throws RepositoryException {
        Query query = query(session, DUE_FOR_EXPIRY);
        query.bindValue("now", session.getValueFactory().createValue(JcrTemplate.calendar(now)));
        return execute(query);
    }

    /**
     * Published ads expiring after {@code from} and at the latest at {@code to} whose
     * owner was not reminded yet for this lifetime.
     */
    public List<Ad> listNeedingReminder(Session session, Instant from, Instant to) throws RepositoryException {
        Query query = query(session, EXPIRING_BETWEEN);
        query.bindValue("from", session.getValueFactory().createValue(JcrTemplate.calendar(from)));
        query.bindValue("to", session.getValueFactory().createValue(JcrTemplate.calendar(to)));
        List<Ad> ads = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            Node node = nodes.nextNode();
            if (!node.hasProperty(REMINDER_SENT_AT)) {
                ads.add(read(node));
            }
        }
        return ads;
    }

    /**
     * Ads out of the listings for good (expired, withdrawn, closed, removed, rejected)
     * whose last change is older than {@code before}.
     */
    public List<Ad> listPurgeable(Session session, Instant before) throws RepositoryException {
        Query query = query(session, PURGEABLE);
        query.bindValue("before", session.getValueFactory().createValue(JcrTemplate.calendar(before)));
        return execute(query);
    }

    /** When the owner was reminded of this lifetime's end; empty if not yet. */
    public Optional<Instant> reminderSentAt(Session session, String id) throws RepositoryException {
        Optional<Node> node = adNode(session, id);
        return node.isPresent() ? Optional.ofNullable(JcrProperties.instant(node.get(), REMINDER_SENT_AT))
                : Optional.empty();
    }

    /** Records that the owner was reminded of the coming expiry. */
    public void markReminderSent(Session session, String id, Instant at) throws RepositoryException {
        Node node = lockedNode(session, id).orElseThrow(() -> new AdNotFoundException(id));
        JcrProperties.set(node, REMINDER_SENT_AT, at);
    }

    /**
     * Marks the owner as reminded of this lifetime's end unless they already were; true
     * if this session's save is the one that reminds. Of two sessions claiming the same
     * reminder at once, only one can save (see {@link #findForUpdate}).
     */
    public boolean claimReminder(Session session, String id, Instant at) throws RepositoryException {
        Optional<Node> node = lockedNode(session, id);
        if (node.isEmpty() || node.get().hasProperty(REMINDER_SENT_AT)) {
            return false;
        }
        JcrProperties.set(node.get(), REMINDER_SENT_AT, at);
        return true;
    }

    /**
     * The ad, read for a change that this session will save. Its status is written again
     * before it is read, so that the save fails as a concurrent change if another session
     * saved a change of the same ad meanwhile, rather than overwrite it with a change
     * decided on what this session read before. (Jackrabbit merges two sessions' new
     * properties on one node, but refuses a property that changed since it was written.)
     */
    public Optional<Ad> findForUpdate(Session session, String id) throws RepositoryException {
        return lockedNode(session, id).map(AdRepository::read);
    }

    /**
     * Hides the owner's ads from the listings while they are suspended, or brings them
     * back, in every status, without counting it as a change of the ad: its status,
     * lifetime and last change (which its retention counts from) stay as they were. Each
     * ad is locked as {@link #findForUpdate} does, so that a change the owner saves at
     * the same moment fails rather than writes the old value back. The caller saves;
     * returns the ads changed, as they now are.
     */
    public List<Ad> setOwnerSuspended(Session session, String ownerId, boolean suspended) throws RepositoryException {
        List<Ad> changed = new ArrayList<>();
        for (Ad ad : listByOwner(session, ownerId)) {
            Optional<Node> node = lockedNode(session, ad.id());
            if (node.isPresent() && ownerSuspended(node.get()) != suspended) {
                writeOwnerSuspended(node.get(), suspended);
                changed.add(read(node.get()));
            }
        }
        return changed;
    }

    /** Deletes the ad's node; nothing happens if there is none. */
    public void delete(Session session, String id) throws RepositoryException {
        Optional<Node> node = adNode(session, id);
        if (node.isPresent()) {
            node.get().remove();
        }
    }

    /**
     * The ad a {@code childcare:ad} node holds; a {@link RepositoryFailure} naming the
     * node if it cannot be read. Usable on nodes found by an observation listener.
     */
    public static Ad read(Node node) {
        try {
            AdContent content = new AdContent(
                    AdConfiguration.valueOf(JcrProperties.requiredString(node, "configuration")),
                    CareType.valueOf(JcrProperties.requiredString(node, "careType")),
                    JcrProperties.requiredString(node, "title"), JcrProperties.requiredString(node, "text"),
                    JcrProperties.requiredString(node, "neighbourhood"),
                    JcrProperties.strings(node, "children").stream().map(YearMonth::parse).toList(),
                    new WeeklySchedule((int) node.getProperty("schedule").getLong()),
                    LocalDate.ofInstant(JcrProperties.requiredInstant(node, "startDate"), ZoneOffset.UTC),
                    enumOrNull(Hosting.class, JcrProperties.string(node, "hosting")), decimal(node, "hourlyRate"),
                    Set.copyOf(JcrProperties.strings(node, "languages")),
                    Set.copyOf(JcrProperties.strings(node, "qualifications")
                        .stream()
                        .map(Qualification::valueOf)
                        .toList()),
                    node.getProperty("showPhone").getBoolean(), node.getProperty("showEmail").getBoolean());
            return new Ad(node.getIdentifier(), JcrProperties.requiredString(node, "owner"),
                    AdStatus.valueOf(JcrProperties.requiredString(node, "status")), content,
                    JcrProperties.requiredInstant(node, "createdAt"), JcrProperties.instant(node, "publishedAt"),
                    JcrProperties.instant(node, "expiresAt"),
                    node.hasProperty("foundCare") ? node.getProperty("foundCare").getBoolean() : null,
                    JcrProperties.string(node, "reason"), ownerSuspended(node));
        }
        catch (RepositoryException ex) {
            throw new RepositoryFailure("Cannot read ad " + safePath(node), ex);
        }
    }

    private void write(Node node, Ad ad) throws RepositoryException {
        AdContent c = ad.content();
        JcrProperties.set(node, "owner", ad.ownerId());
        JcrProperties.set(node, "status", ad.status().name());
        JcrProperties.set(node, "configuration", c.configuration().name());
        JcrProperties.set(node, "careType", c.careType().name());
        JcrProperties.set(node, "title", c.title());
        JcrProperties.set(node, "text", c.text());
        JcrProperties.set(node, "searchText", searchText(c.title(), c.text()));
        JcrProperties.set(node, "neighbourhood", c.neighbourhood());
        JcrProperties.set(node, "children", c.children().stream().map(YearMonth::toString).toList());
        node.setProperty("schedule", (long) c.schedule().bits());
        JcrProperties.set(node, "slots", c.schedule().slots());
        JcrProperties.set(node, "startDate", c.startDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        JcrProperties.set(node, "hosting", (c.hosting() != null) ? c.hosting().name() : null);
        node.setProperty("hourlyRate", c.hourlyRate());
        JcrProperties.set(node, "languages", c.languages().stream().sorted().toList());
        JcrProperties.set(node, "qualifications", c.qualifications().stream().sorted().map(Enum::name).toList());
        node.setProperty("showPhone", c.showPhone());
        node.setProperty("showEmail", c.showEmail());
        JcrProperties.set(node, "createdAt", ad.createdAt());
        JcrProperties.set(node, "publishedAt", ad.publishedAt());
        JcrProperties.set(node, "expiresAt", ad.expiresAt());
        if (ad.foundCare() != null) {
            node.setProperty("foundCare", ad.foundCare().booleanValue());
        }
        else {
            node.setProperty("foundCare", (Value) null);
        }
        JcrProperties.set(node, "reason", ad.reason());
        writeOwnerSuspended(node, ad.ownerSuspended());
        JcrProperties.set(node, LAST_MODIFIED, this.clock.instant());
    }

    /**
     * Stored only while true, so that an ad whose owner was never suspended carries
     * nothing about it.
     */
    private static void writeOwnerSuspended(Node node, boolean suspended) throws RepositoryException {
        node.setProperty(OWNER_SUSPENDED, suspended ? node.getSession().getValueFactory().createValue(true) : null);
    }

    private static boolean ownerSuspended(Node node) throws RepositoryException {
        return node.hasProperty(OWNER_SUSPENDED) && node.getProperty(OWNER_SUSPENDED).getBoolean();
    }

    private Optional<Node> lockedNode(Session session, String id) throws RepositoryException {
        Optional<Node> node = adNode(session, id);
        if (node.isPresent()) {
            JcrProperties.set(node.get(), "status", JcrProperties.requiredString(node.get(), "status"));
        }
        return node;
    }

    private Optional<Node> adNode(Session session, String id) throws RepositoryException {
        return JcrNodes.findByIdentifier(session, id, NodeTypes.AD);
    }

    private static Query query(Session session, String statement) throws RepositoryException {
        return session.getWorkspace().getQueryManager().createQuery(statement, Query.JCR_SQL2);
    }

    private static List<Ad> execute(Query query) throws RepositoryException {
        List<Ad> ads = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            ads.add(read(nodes.nextNode()));
        }
        return ads;
    }

    private static @Nullable BigDecimal decimal(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getDecimal() : null;
    }

    private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String value) {
        return (value != null) ? Enum.valueOf(type, value) : null;
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
