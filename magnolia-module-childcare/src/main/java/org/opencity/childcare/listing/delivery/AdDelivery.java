package org.opencity.childcare.listing.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.jcr.JcrNodes;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdContent;
import org.opencity.childcare.listing.AdPresenter;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.OwnerContact;
import org.opencity.childcare.listing.search.AdIndex;
import org.opencity.childcare.listing.search.AdSearchQuery;
import org.opencity.childcare.listing.search.SearchPage;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.MemberStatus;

/**
 * Reads listed ads as delivery nodes. Queries go through the {@link AdIndex}, in its
 * order (newest publication first, or the reverse); each ad found is read again and
 * checked to be in the listings at this moment, as the search page does, so an ad
 * withdrawn, removed or expired since the index saw it is left out. A node holds what the
 * ad's page shows: the ad's own fields, the children's ages (years, or the expected month
 * of a birth to come, never a birth month), and the owner as {@link OwnerContact} says.
 * Internal fields (owner id, status, search text, reminders, moderation reasons) are
 * never in it.
 */
public final class AdDelivery {

    /** Magnolia writes dates as ISO-8601 with milliseconds and an offset. */
    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
        .withZone(ZoneOffset.UTC);

    private final JcrTemplate jcr;

    private final AdIndex index;

    private final Clock clock;

    private final ZoneId zone;

    private final MemberRepository members = new MemberRepository();

    public AdDelivery(JcrTemplate jcr, AdIndex index, Clock clock, ZoneId zone) {
        this.jcr = jcr;
        this.index = index;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The listed ads matching {@code filters}, from position {@code offset}, at most
     * {@code limit} (1 to 100) of them, newest publication first or, with
     * {@code oldestFirst}, the reverse.
     */
    public DeliveryPage query(AdSearchQuery filters, int offset, int limit, boolean oldestFirst) {
        Instant now = this.clock.instant();
        AdSearchQuery query = withPageSize(filters, limit);
        int total = this.index.search(query.withPage(0), now).total();
        int from;
        int to;
        if (oldestFirst) {
            to = Math.max(0, total - offset);
            from = Math.max(0, to - limit);
        }
        else {
            from = offset;
            to = Math.min(total, offset + limit);
        }
        List<String> ids = new ArrayList<>();
        if (from < to) {
            for (int page = from / limit; page <= (to - 1) / limit && page <= AdSearchQuery.MAX_PAGE; page++) {
                SearchPage found = this.index.search(query.withPage(page), now);
                for (int i = 0; i < found.ids().size(); i++) {
                    int position = page * limit + i;
                    if (position >= from && position < to) {
                        ids.add(found.ids().get(i));
                    }
                }
            }
        }
        if (oldestFirst) {
            Collections.reverse(ids);
        }
        List<Map<String, Object>> nodes = this.jcr.read((session) -> {
            List<Map<String, Object>> read = new ArrayList<>(ids.size());
            for (String id : ids) {
                listedNode(session, JcrNodes.findByIdentifier(session, id, NodeTypes.AD), now).ifPresent(read::add);
            }
            return read;
        });
        return new DeliveryPage(nodes, total);
    }

    /** The listed ad of this identifier; empty for any other, or an ad not listed now. */
    public Optional<Map<String, Object>> byId(String id) {
        Instant now = this.clock.instant();
        return this.jcr
            .read((session) -> listedNode(session, JcrNodes.findByIdentifier(session, id, NodeTypes.AD), now));
    }

    /**
     * The listed ad at this path below {@code rootPath} ({@code /2026/12/<name>}); empty
     * for anything else.
     */
    public Optional<Map<String, Object>> byPath(String rootPath, String relativePath) {
        Instant now = this.clock.instant();
        if (!relativePath.matches("(/[A-Za-z0-9_-]{1,64}){1,6}")) {
            return Optional.empty();
        }
        String path = (rootPath.equals("/") ? "" : rootPath) + relativePath;
        return this.jcr.read((session) -> {
            if (!session.nodeExists(path)) {
                return Optional.<Map<String, Object>>empty();
            }
            Node node = session.getNode(path);
            return listedNode(session, node.isNodeType(NodeTypes.AD) ? Optional.of(node) : Optional.empty(), now);
        });
    }

    private Optional<Map<String, Object>> listedNode(Session session, Optional<Node> found, Instant now)
            throws RepositoryException {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Node node = found.get();
        Ad ad = AdRepository.read(node);
        if (!ad.isListedAt(now)) {
            return Optional.empty();
        }
        Optional<Member> owner = this.members.findById(session, ad.ownerId())
            .filter((member) -> member.status() == MemberStatus.ACTIVE);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(node(node, ad, OwnerContact.shownOn(ad, owner.get()), now));
    }

    private Map<String, Object> node(Node node, Ad ad, OwnerContact owner, Instant now) throws RepositoryException {
        AdContent content = ad.content();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@name", node.getName());
        json.put("@path", node.getPath());
        json.put("@id", node.getIdentifier());
        json.put("@nodeType", NodeTypes.AD);
        json.put("configuration", content.configuration().name());
        json.put("careType", content.careType().name());
        json.put("title", content.title());
        json.put("text", content.text());
        json.put("neighbourhood", content.neighbourhood());
        LocalDate today = LocalDate.ofInstant(now, this.zone);
        List<String> ages = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (YearMonth birth : content.children().stream().sorted().toList()) {
            Integer age = AdPresenter.ageToday(birth, today);
            if (age != null) {
                ages.add(age.toString());
            }
            else {
                expected.add(birth.toString());
            }
        }
        json.put("childAges", ages);
        json.put("childrenExpected", expected);
        json.put("slots", content.schedule().slots());
        json.put("startDate", ISO.format(content.startDate().atStartOfDay(ZoneOffset.UTC)));
        putIfPresent(json, "hosting", (content.hosting() != null) ? content.hosting().name() : null);
        putIfPresent(json, "hourlyRate", (content.hourlyRate() != null) ? content.hourlyRate().toPlainString() : null);
        json.put("languages", content.languages().stream().sorted().toList());
        json.put("qualifications", content.qualifications().stream().map(Enum::name).sorted().toList());
        putIfPresent(json, "publishedAt", date(ad.publishedAt()));
        putIfPresent(json, "expiresAt", date(ad.expiresAt()));
        json.put("ownerFirstName", owner.firstName());
        json.put("ownerIdentifier", owner.identifier());
        putIfPresent(json, "ownerVerifiedAt", date(owner.verifiedAt()));
        putIfPresent(json, "ownerPhone", owner.phone());
        putIfPresent(json, "ownerEmail", owner.email());
        json.put("mgnl:created", ISO.format(ad.createdAt()));
        putIfPresent(json, "mgnl:lastModified", date(JcrProperties.instant(node, "mgnl:lastModified")));
        json.put("@nodes", List.of());
        return json;
    }

    private static @Nullable String date(@Nullable Instant instant) {
        return (instant != null) ? ISO.format(instant) : null;
    }

    private static void putIfPresent(Map<String, Object> json, String name, @Nullable String value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    private static AdSearchQuery withPageSize(AdSearchQuery query, int pageSize) {
        return new AdSearchQuery(query.configurations(), query.careTypes(), query.neighbourhoods(), query.needed(),
                query.childAgeYears(), query.availableFrom(), query.text(), 0, pageSize);
    }

}
