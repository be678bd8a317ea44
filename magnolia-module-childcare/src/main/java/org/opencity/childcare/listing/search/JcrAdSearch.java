package org.opencity.childcare.listing.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import javax.jcr.query.Query;
import javax.jcr.query.QueryResult;
import javax.jcr.query.RowIterator;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.listing.AdStatus;

/**
 * The search of {@link AdIndex} done as a plain Magnolia delivery endpoint would: one
 * JCR-SQL2 query for the page and one for the count, every user value bound, never
 * spliced into the statement. Kept as the reference the index is measured and checked
 * against; it needs no memory but asks the repository's Lucene index twice per search.
 */
public final class JcrAdSearch {

    private static final String SELECT = "SELECT a.[jcr:uuid] FROM [" + NodeTypes.AD + "] AS a WHERE ";

    private static final String ORDER = " ORDER BY a.[publishedAt] DESC, a.[jcr:uuid]";

    private final ZoneId zone;

    /**
     * A search answering in the city's time zone.
     * @param zone the zone that decides "today" for children's ages
     */
    public JcrAdSearch(ZoneId zone) {
        this.zone = zone;
    }

    /** The same page as {@link AdIndex#search}, read from the repository. */
    public SearchPage search(Session session, AdSearchQuery query, Instant now) throws RepositoryException {
        Statement statement = statement(session.getValueFactory(), query, now);

        Query page = prepare(session, statement.sql() + ORDER, statement);
        page.setOffset(query.firstResult());
        page.setLimit(query.pageSize());
        List<String> ids = new ArrayList<>(query.pageSize());
        for (RowIterator rows = page.execute().getRows(); rows.hasNext();) {
            ids.add(rows.nextRow().getValue("a.jcr:uuid").getString());
        }
        int total = count(prepare(session, statement.sql(), statement).execute());

        return new SearchPage(ids, total, query.page(), query.pageSize());
    }

    private Statement statement(ValueFactory values, AdSearchQuery query, Instant now) {
        StringBuilder where = new StringBuilder(SELECT);
        Map<String, Value> bound = new LinkedHashMap<>();
        where.append("a.[status] = $status AND a.[expiresAt] > $now");
        bound.put("status", values.createValue(AdStatus.PUBLISHED.name()));
        bound.put("now", values.createValue(JcrTemplate.calendar(now)));
        anyOf(where, bound, values, "configuration", "c", query.configurations().stream().map(Enum::name).toList());
        anyOf(where, bound, values, "careType", "t", query.careTypes().stream().map(Enum::name).toList());
        anyOf(where, bound, values, "neighbourhood", "n", query.neighbourhoods());
        List<String> slots = query.needed().slots();
        for (int i = 0; i < slots.size(); i++) {
            where.append(" AND a.[slots] = $s").append(i);
            bound.put("s" + i, values.createValue(slots.get(i)));
        }
        if (query.childAgeYears() != null) {
            childAge(where, bound, values, query.childAgeYears(), YearMonth.from(LocalDate.ofInstant(now, this.zone)));
        }
        if (query.availableFrom() != null) {
            where.append(" AND a.[startDate] <= $startBy");
            Instant startBy = query.availableFrom().atStartOfDay(ZoneOffset.UTC).toInstant();
            bound.put("startBy", values.createValue(JcrTemplate.calendar(startBy)));
        }
        List<String> words = query.words();
        if (!words.isEmpty()) {
            where.append(" AND CONTAINS(a.[searchText], $text)");
            bound.put("text", values.createValue(String.join(" ", words)));
        }
        // An ad of a suspended owner carries the flag; the others have no such property.
        // The negation comes last: Jackrabbit 2.22 drops the constraints that follow a
        // NOT
        // (the full-text one among them), as with the alternatives of childAge.
        where.append(" AND NOT a.[ownerSuspended] IS NOT NULL");
        return new Statement(where.toString(), bound);
    }

    /**
     * A child of that age today was born in one of 12 months; ads without children match,
     * which only a negation can say (the stored list is empty, not absent). The negation
     * comes last on purpose: Jackrabbit 2.22 drops the other alternatives of an OR that
     * starts with a NOT.
     */
    private static void childAge(StringBuilder where, Map<String, Value> bound, ValueFactory values, int age,
            YearMonth thisMonth) {
        YearMonth latest = thisMonth.minusYears(age);
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            alternatives.add("a.[children] = $b" + i);
            bound.put("b" + i, values.createValue(latest.minusMonths(i).toString()));
        }
        alternatives.add("NOT a.[children] LIKE $anyChild");
        bound.put("anyChild", values.createValue("%"));
        where.append(" AND (").append(String.join(" OR ", alternatives)).append(")");
    }

    private static void anyOf(StringBuilder where, Map<String, Value> bound, ValueFactory values, String property,
            String prefix, Collection<String> wanted) {
        if (wanted.isEmpty()) {
            return;
        }
        List<String> alternatives = new ArrayList<>();
        int i = 0;
        for (String value : wanted) {
            String name = prefix + i++;
            alternatives.add("a.[" + property + "] = $" + name);
            bound.put(name, values.createValue(value));
        }
        where.append(" AND (").append(String.join(" OR ", alternatives)).append(")");
    }

    private static Query prepare(Session session, String sql, Statement statement) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery(sql, Query.JCR_SQL2);
        for (Map.Entry<String, Value> value : statement.values().entrySet()) {
            query.bindValue(value.getKey(), value.getValue());
        }
        return query;
    }

    private static int count(QueryResult result) throws RepositoryException {
        RowIterator rows = result.getRows();
        long size = rows.getSize();
        if (size >= 0) {
            return (int) size;
        }
        int counted = 0;
        while (rows.hasNext()) {
            rows.nextRow();
            counted++;
        }
        return counted;
    }

    /** A statement with its bind variables, shared by the page and the count query. */
    private record Statement(String sql, Map<String, Value> values) {

    }

}
