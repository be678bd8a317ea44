package org.opencity.childcare.listing.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdConfiguration;
import org.opencity.childcare.listing.AdContent;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.CareType;
import org.opencity.childcare.listing.Hosting;
import org.opencity.childcare.listing.WeeklySchedule;

/**
 * The published ads as compact records in memory, newest first, so that a search scans a
 * hundred thousand of them in a few milliseconds instead of asking the repository.
 *
 * <p>
 * Only {@linkplain Ad#isListable() listable} ads are kept (published, by an owner who is
 * not suspended); whether their time is up is checked at each search, so an ad leaves the
 * results the moment it expires even before the expiry job marks it. Searches read an
 * immutable snapshot and never wait: each write builds a new snapshot and swaps it in.
 * Writes are serialised among themselves.
 *
 * <p>
 * A snapshot keeps its ads column by column in primitive arrays (one position per ad,
 * newest first) so that a scan walks memory in order, and an inverted index from each
 * word to the ascending positions of the ads containing it, so that a search with free
 * text only looks at the ads that have all its words. {@link AdIndexUpdater} keeps the
 * index in step with the repository. The same columns serve the matcher, which scans the
 * candidates of an ad with {@link #scan}.
 */
public final class AdIndex {

    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingLong((Entry e) -> -e.publishedAt)
        .thenComparing((Entry e) -> e.id);

    private static final int[] NONE = new int[0];

    private static final Hosting[] HOSTINGS = Hosting.values();

    /** The hosting column's value for an ad without hosting. */
    private static final byte NO_HOSTING = -1;

    private final ZoneId zone;

    private final Object writeLock = new Object();

    private volatile Snapshot snapshot = Snapshot.empty(new Vocabulary(), new Vocabulary(), new Vocabulary());

    /**
     * An empty index.
     * @param zone the city's time zone, which decides "today" for children's ages
     */
    public AdIndex(ZoneId zone) {
        this.zone = zone;
    }

    /** Replaces the whole content with the published ads among {@code ads}. */
    public void rebuild(Iterable<Ad> ads) {
        synchronized (this.writeLock) {
            Vocabulary words = new Vocabulary();
            Vocabulary neighbourhoods = new Vocabulary();
            Vocabulary owners = new Vocabulary();
            Map<String, Entry> byId = new LinkedHashMap<>();
            for (Ad ad : ads) {
                Entry entry = entry(ad, words, neighbourhoods, owners);
                if (entry != null) {
                    byId.put(ad.id(), entry);
                }
                else {
                    byId.remove(ad.id());
                }
            }
            Entry[] entries = byId.values().toArray(Entry[]::new);
            Arrays.sort(entries, NEWEST_FIRST);
            this.snapshot = merge(Snapshot.empty(words, neighbourhoods, owners), Set.of(), entries);
        }
    }

    /**
     * Records the ad's current state: added or replaced if published, dropped otherwise.
     */
    public void upsert(Ad ad) {
        apply(List.of(ad), List.of());
    }

    /** Drops the ad with this id, if the index holds it. */
    public void remove(String id) {
        apply(List.of(), List.of(id));
    }

    /**
     * Applies several changes in one new snapshot: first drops {@code removedIds}, then
     * records {@code changed} ads as {@link #upsert} does (the last state of an id wins).
     */
    public void apply(Collection<Ad> changed, Collection<String> removedIds) {
        if (changed.isEmpty() && removedIds.isEmpty()) {
            return;
        }
        synchronized (this.writeLock) {
            Snapshot current = this.snapshot;
            Set<String> dropped = new HashSet<>(removedIds);
            Map<String, Entry> added = new LinkedHashMap<>();
            for (Ad ad : changed) {
                dropped.add(ad.id());
                Entry entry = entry(ad, current.words, current.neighbourhoods, current.owners);
                if (entry != null) {
                    added.put(ad.id(), entry);
                }
                else {
                    added.remove(ad.id());
                }
            }
            Entry[] additions = added.values().toArray(Entry[]::new);
            Arrays.sort(additions, NEWEST_FIRST);
            this.snapshot = merge(current, dropped, additions);
        }
    }

    /**
     * One page of the ads listed at {@code now} that match the query, newest publication
     * first (equal times by id), with the count of all matches.
     */
    public SearchPage search(AdSearchQuery query, Instant now) {
        Snapshot current = this.snapshot;
        Filter filter = Filter.of(query, now, this.zone, current);
        int from = query.firstResult();
        int to = from + query.pageSize();
        List<String> ids = new ArrayList<>(query.pageSize());
        int total = 0;

        if (filter != null) {
            if (filter.words.length == 0) {
                for (int position = 0; position < current.size; position++) {
                    if (filter.matches(current, position)) {
                        if (total >= from && total < to) {
                            ids.add(current.ids[position]);
                        }
                        total++;
                    }
                }
            }
            else {
                int[][] lists = postingsOf(current, filter.words);
                if (lists != null) {
                    int[] shortest = lists[0];
                    int[] cursors = new int[lists.length];
                    candidates: for (int position : shortest) {
                        for (int l = 1; l < lists.length; l++) {
                            int[] list = lists[l];
                            int cursor = cursors[l];
                            while (cursor < list.length && list[cursor] < position) {
                                cursor++;
                            }
                            cursors[l] = cursor;
                            if (cursor == list.length) {
                                break candidates;
                            }
                            if (list[cursor] != position) {
                                continue candidates;
                            }
                        }
                        if (filter.matches(current, position)) {
                            if (total >= from && total < to) {
                                ids.add(current.ids[position]);
                            }
                            total++;
                        }
                    }
                }
            }
        }

        return new SearchPage(ids, total, query.page(), query.pageSize());
    }

    /**
     * Shows {@code visitor} each ad listed at {@code now} that has one of the
     * {@code configurations} and the {@code careType} and is not owned by
     * {@code excludedOwnerId}: newest publication first, equal times by id. Scans the
     * compact columns only, so a call over a hundred thousand ads takes about a
     * millisecond plus what the visitor does.
     *
     * <p>
     * The visitor receives one cursor that the scan moves from ad to ad: it must copy
     * what it keeps and must not use the cursor after the call.
     */
    public void scan(Instant now, Set<AdConfiguration> configurations, CareType careType, String excludedOwnerId,
            Consumer<? super ListedAd> visitor) {
        if (configurations.isEmpty()) {
            return;
        }
        Snapshot current = this.snapshot;
        long at = now.toEpochMilli();
        int configurationMask = 0;
        for (AdConfiguration configuration : configurations) {
            configurationMask |= 1 << configuration.ordinal();
        }
        byte wantedCareType = (byte) careType.ordinal();
        int excludedOwner = current.owners.numberOf(excludedOwnerId);
        ListedAd cursor = new ListedAd(current);

        for (int position = 0; position < current.size; position++) {
            if (current.careType[position] == wantedCareType
                    && (configurationMask & (1 << current.configuration[position])) != 0
                    && current.expiresAt[position] > at && current.owner[position] != excludedOwner) {
                cursor.position = position;
                visitor.accept(cursor);
            }
        }
    }

    /** How many published ads the index holds, expired by time or not. */
    public int size() {
        return this.snapshot.size;
    }

    /**
     * A rough count of the heap the index holds (columns, ids, children, the word
     * postings and the vocabularies), for capacity planning: assumes compressed
     * references and compact strings, as a 64-bit JVM with a heap under 32 GB uses.
     */
    public long estimatedBytes() {
        Snapshot current = this.snapshot;
        int size = current.size;
        long bytes = 64 + align(16 + 4L * size);
        for (int position = 0; position < size; position++) {
            bytes += stringBytes(current.ids[position]);
        }
        bytes += 2 * align(16 + 8L * size) + 3 * align(16 + size) + 4 * intArrayBytes(size) + intArrayBytes(size + 1)
                + intArrayBytes(current.children.length) + align(16 + 4L * current.neighbourhoodIds.length);
        bytes += align(16 + 4L * current.postings.length);
        for (int[] list : current.postings) {
            if (list.length > 0) {
                bytes += intArrayBytes(list.length);
            }
        }
        return bytes + current.words.estimatedBytes() + current.neighbourhoods.estimatedBytes()
                + current.owners.estimatedBytes();
    }

    /**
     * The postings of the words, shortest first; null when one of the words is in no ad
     * of the snapshot.
     */
    private static int @Nullable [][] postingsOf(Snapshot snapshot, int[] words) {
        int[][] lists = new int[words.length][];
        for (int i = 0; i < words.length; i++) {
            int word = words[i];
            if (word >= snapshot.postings.length || snapshot.postings[word].length == 0) {
                return null;
            }
            lists[i] = snapshot.postings[word];
        }
        Arrays.sort(lists, Comparator.comparingInt((int[] list) -> list.length));
        return lists;
    }

    private static @Nullable Entry entry(Ad ad, Vocabulary words, Vocabulary neighbourhoods, Vocabulary owners) {
        if (!ad.isListable() || ad.expiresAt() == null || ad.publishedAt() == null) {
            return null;
        }
        AdContent content = ad.content();
        int[] children = content.children().stream().mapToInt(AdIndex::monthNumber).toArray();
        String text = AdRepository.searchText(content.title(), content.text());
        int[] wordIds = text.isEmpty() ? NONE
                : Arrays.stream(text.split(" ")).mapToInt(words::intern).sorted().distinct().toArray();
        Hosting hosting = content.hosting();
        return new Entry(ad.id(), owners.intern(ad.ownerId()), ad.publishedAt().toEpochMilli(),
                ad.expiresAt().toEpochMilli(), content.configuration().ordinal(), content.careType().ordinal(),
                neighbourhoods.intern(content.neighbourhood()), content.schedule().bits(), children,
                (int) content.startDate().toEpochDay(), (hosting != null) ? hosting.ordinal() : NO_HOSTING, wordIds);
    }

    /**
     * A new snapshot with the ads of {@code existing} except the {@code dropped} ids, and
     * the {@code additions} (sorted newest first) in their places. Called under the write
     * lock, so the vocabularies do not grow meanwhile.
     */
    private static Snapshot merge(Snapshot existing, Set<String> dropped, Entry[] additions) {
        int capacity = existing.size + additions.length;
        String[] ids = new String[capacity];
        int[] owner = new int[capacity];
        long[] publishedAt = new long[capacity];
        long[] expiresAt = new long[capacity];
        byte[] configuration = new byte[capacity];
        byte[] careType = new byte[capacity];
        int[] neighbourhood = new int[capacity];
        int[] schedule = new int[capacity];
        int[] startDay = new int[capacity];
        byte[] hosting = new byte[capacity];
        int[] childStart = new int[capacity + 1];
        int childCapacity = existing.children.length;
        for (Entry addition : additions) {
            childCapacity += addition.children.length;
        }
        int[] children = new int[childCapacity];
        int[] newPositions = new int[existing.size];
        int[] additionPositions = new int[additions.length];

        // One merge of two newest-first sequences: the kept ads and the additions.
        int size = 0;
        int childCount = 0;
        int next = 0;
        int old = 0;
        while (old < existing.size || next < additions.length) {
            if (old < existing.size && dropped.contains(existing.ids[old])) {
                newPositions[old++] = -1;
                continue;
            }
            childStart[size] = childCount;
            if (next < additions.length && (old == existing.size
                    || comesBefore(additions[next], existing.publishedAt[old], existing.ids[old]))) {
                Entry addition = additions[next];
                additionPositions[next++] = size;
                ids[size] = addition.id;
                owner[size] = addition.owner;
                publishedAt[size] = addition.publishedAt;
                expiresAt[size] = addition.expiresAt;
                configuration[size] = addition.configuration;
                careType[size] = addition.careType;
                neighbourhood[size] = addition.neighbourhood;
                schedule[size] = addition.schedule;
                startDay[size] = addition.startDay;
                hosting[size] = addition.hosting;
                System.arraycopy(addition.children, 0, children, childCount, addition.children.length);
                childCount += addition.children.length;
            }
            else {
                newPositions[old] = size;
                ids[size] = existing.ids[old];
                owner[size] = existing.owner[old];
                publishedAt[size] = existing.publishedAt[old];
                expiresAt[size] = existing.expiresAt[old];
                configuration[size] = existing.configuration[old];
                careType[size] = existing.careType[old];
                neighbourhood[size] = existing.neighbourhood[old];
                schedule[size] = existing.schedule[old];
                startDay[size] = existing.startDay[old];
                hosting[size] = existing.hosting[old];
                int childFrom = existing.childStart[old];
                int childLength = existing.childStart[old + 1] - childFrom;
                System.arraycopy(existing.children, childFrom, children, childCount, childLength);
                childCount += childLength;
                old++;
            }
            size++;
        }
        childStart[size] = childCount;

        int[][] postings = postings(existing, newPositions, additions, additionPositions, existing.words.size());
        if (size < capacity) {
            ids = Arrays.copyOf(ids, size);
            owner = Arrays.copyOf(owner, size);
            publishedAt = Arrays.copyOf(publishedAt, size);
            expiresAt = Arrays.copyOf(expiresAt, size);
            configuration = Arrays.copyOf(configuration, size);
            careType = Arrays.copyOf(careType, size);
            neighbourhood = Arrays.copyOf(neighbourhood, size);
            schedule = Arrays.copyOf(schedule, size);
            startDay = Arrays.copyOf(startDay, size);
            hosting = Arrays.copyOf(hosting, size);
            childStart = Arrays.copyOf(childStart, size + 1);
        }
        if (childCount < childCapacity) {
            children = Arrays.copyOf(children, childCount);
        }
        return new Snapshot(size, ids, owner, publishedAt, expiresAt, configuration, careType, neighbourhood, schedule,
                startDay, hosting, childStart, children, postings, existing.words, existing.neighbourhoods,
                existing.owners);
    }

    /**
     * The word postings after a merge: each word's surviving old positions, renumbered,
     * merged with the new positions of the additions that contain it; all ascending.
     */
    private static int[][] postings(Snapshot existing, int[] newPositions, Entry[] additions, int[] additionPositions,
            int wordCount) {
        // The additions' positions per word, ascending, in one block.
        int[] additionStart = new int[wordCount + 1];
        for (Entry addition : additions) {
            for (int word : addition.words) {
                additionStart[word + 1]++;
            }
        }
        for (int word = 0; word < wordCount; word++) {
            additionStart[word + 1] += additionStart[word];
        }
        int[] additionFill = Arrays.copyOf(additionStart, wordCount);
        int[] additionBlock = new int[additionStart[wordCount]];
        for (int a = 0; a < additions.length; a++) {
            for (int word : additions[a].words) {
                additionBlock[additionFill[word]++] = additionPositions[a];
            }
        }

        int[][] postings = new int[wordCount][];
        for (int word = 0; word < wordCount; word++) {
            int[] old = (word < existing.postings.length) ? existing.postings[word] : NONE;
            int addedFrom = additionStart[word];
            int addedTo = additionStart[word + 1];
            int[] list = new int[old.length + addedTo - addedFrom];
            int size = 0;
            int added = addedFrom;
            for (int oldPosition : old) {
                int position = newPositions[oldPosition];
                if (position < 0) {
                    continue;
                }
                while (added < addedTo && additionBlock[added] < position) {
                    list[size++] = additionBlock[added++];
                }
                list[size++] = position;
            }
            while (added < addedTo) {
                list[size++] = additionBlock[added++];
            }
            postings[word] = (size == 0) ? NONE : (size < list.length) ? Arrays.copyOf(list, size) : list;
        }
        return postings;
    }

    /** Whether the entry sorts before the ad published at this time with this id. */
    private static boolean comesBefore(Entry entry, long publishedAt, String id) {
        if (entry.publishedAt != publishedAt) {
            return entry.publishedAt > publishedAt;
        }
        return entry.id.compareTo(id) < 0;
    }

    /**
     * A birth month as the index keeps it: months since January of year 0, so that the
     * difference of two is a number of months.
     */
    public static int monthNumber(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static long stringBytes(String value) {
        return 24 + align(16 + value.length());
    }

    private static long intArrayBytes(int length) {
        return align(16 + 4L * length);
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }

    /**
     * The listed ad a {@link #scan} is at: what the matcher compares, read straight from
     * the columns. Valid only during the visitor's call, which sees the same cursor moved
     * from ad to ad.
     */
    public static final class ListedAd {

        private final Snapshot snapshot;

        private int position;

        private ListedAd(Snapshot snapshot) {
            this.snapshot = snapshot;
        }

        public String id() {
            return this.snapshot.ids[this.position];
        }

        public long publishedAtEpochMilli() {
            return this.snapshot.publishedAt[this.position];
        }

        /** The neighbourhood's id, the same instance for every ad of a neighbourhood. */
        public String neighbourhood() {
            return this.snapshot.neighbourhoodIds[this.snapshot.neighbourhood[this.position]];
        }

        public WeeklySchedule schedule() {
            return new WeeklySchedule(this.snapshot.schedule[this.position]);
        }

        /** The half-days the ad has in common with {@code other}. */
        public int overlap(WeeklySchedule other) {
            return Integer.bitCount(this.snapshot.schedule[this.position] & other.bits());
        }

        public long startEpochDay() {
            return this.snapshot.startDay[this.position];
        }

        public @Nullable Hosting hosting() {
            byte hosting = this.snapshot.hosting[this.position];
            return (hosting == NO_HOSTING) ? null : HOSTINGS[hosting];
        }

        public int childCount() {
            return this.snapshot.childStart[this.position + 1] - this.snapshot.childStart[this.position];
        }

        /**
         * The birth month of the child at {@code index} (from 0, in no particular order),
         * as {@link AdIndex#monthNumber}.
         */
        public int childBirthMonth(int index) {
            return this.snapshot.children[this.snapshot.childStart[this.position] + index];
        }

    }

    /**
     * One published ad, reduced to what searches compare; only used to build snapshots.
     */
    private static final class Entry {

        final String id;

        final int owner;

        final long publishedAt;

        final long expiresAt;

        final byte configuration;

        final byte careType;

        final int neighbourhood;

        final int schedule;

        /** Birth months as {@link #monthNumber}, unsorted. */
        final int[] children;

        final int startDay;

        /** The hosting's ordinal, or {@link #NO_HOSTING}. */
        final byte hosting;

        /** Vocabulary ids of the search text's words, sorted, without repeats. */
        final int[] words;

        Entry(String id, int owner, long publishedAt, long expiresAt, int configuration, int careType,
                int neighbourhood, int schedule, int[] children, int startDay, int hosting, int[] words) {
            this.id = id;
            this.owner = owner;
            this.publishedAt = publishedAt;
            this.expiresAt = expiresAt;
            this.configuration = (byte) configuration;
            this.careType = (byte) careType;
            this.neighbourhood = neighbourhood;
            this.schedule = schedule;
            this.children = children;
            this.startDay = startDay;
            this.hosting = (byte) hosting;
            this.words = words;
        }

    }

    /**
     * The ads of one moment, newest first, one column per field, with the word postings
     * and the vocabularies their numbers refer to. Never changed once built.
     */
    private static final class Snapshot {

        final int size;

        final String[] ids;

        /** The owners' numbers in {@link #owners}. */
        final int[] owner;

        final long[] publishedAt;

        final long[] expiresAt;

        final byte[] configuration;

        final byte[] careType;

        final int[] neighbourhood;

        final int[] schedule;

        final int[] startDay;

        /** The hosting's ordinal, or {@link #NO_HOSTING}. */
        final byte[] hosting;

        /** Where each ad's birth months start in {@link #children}; one more than ads. */
        final int[] childStart;

        /** The birth months of all ads, as {@link #monthNumber}, ad after ad. */
        final int[] children;

        /**
         * For each word number, the ascending positions of the ads whose search text has
         * the word; words interned after this snapshot was built have no list.
         */
        final int[][] postings;

        final Vocabulary words;

        final Vocabulary neighbourhoods;

        /** The neighbourhood ids by number, as the vocabulary held them at build time. */
        final String[] neighbourhoodIds;

        final Vocabulary owners;

        Snapshot(int size, String[] ids, int[] owner, long[] publishedAt, long[] expiresAt, byte[] configuration,
                byte[] careType, int[] neighbourhood, int[] schedule, int[] startDay, byte[] hosting, int[] childStart,
                int[] children, int[][] postings, Vocabulary words, Vocabulary neighbourhoods, Vocabulary owners) {
            this.size = size;
            this.ids = ids;
            this.owner = owner;
            this.publishedAt = publishedAt;
            this.expiresAt = expiresAt;
            this.configuration = configuration;
            this.careType = careType;
            this.neighbourhood = neighbourhood;
            this.schedule = schedule;
            this.startDay = startDay;
            this.hosting = hosting;
            this.childStart = childStart;
            this.children = children;
            this.postings = postings;
            this.words = words;
            this.neighbourhoods = neighbourhoods;
            this.neighbourhoodIds = neighbourhoods.byNumber();
            this.owners = owners;
        }

        static Snapshot empty(Vocabulary words, Vocabulary neighbourhoods, Vocabulary owners) {
            return new Snapshot(0, new String[0], NONE, new long[0], new long[0], new byte[0], new byte[0], NONE, NONE,
                    NONE, new byte[0], new int[1], NONE, new int[0][], words, neighbourhoods, owners);
        }

    }

    /**
     * Words, neighbourhood ids or owner ids numbered in order of first appearance. Only
     * grows until the next rebuild; lookups never block.
     */
    private static final class Vocabulary {

        private final Map<String, Integer> numbers = new ConcurrentHashMap<>();

        int intern(String word) {
            Integer number = this.numbers.get(word);
            if (number != null) {
                return number;
            }
            // Called under the index's write lock only, so the size is the next number.
            int next = this.numbers.size();
            this.numbers.put(word, next);
            return next;
        }

        int numberOf(String word) {
            return this.numbers.getOrDefault(word, -1);
        }

        int size() {
            return this.numbers.size();
        }

        /** The entries, each at its number. Called under the index's write lock only. */
        String[] byNumber() {
            String[] entries = new String[this.numbers.size()];
            this.numbers.forEach((entry, number) -> entries[number] = entry);
            return entries;
        }

        long estimatedBytes() {
            long bytes = 64 + 4L * Integer.highestOneBit(Math.max(1, this.numbers.size()) * 2);
            for (String word : this.numbers.keySet()) {
                bytes += 32 + 16 + stringBytes(word);
            }
            return bytes;
        }

    }

    /** A query turned into numbers comparable with a snapshot's columns. */
    private static final class Filter {

        private final long now;

        private final int configurations;

        private final int careTypes;

        private final boolean @Nullable [] neighbourhoods;

        private final int needed;

        private final boolean childAge;

        private final int bornFrom;

        private final int bornTo;

        private final long startBy;

        final int[] words;

        private Filter(long now, int configurations, int careTypes, boolean @Nullable [] neighbourhoods, int needed,
                boolean childAge, int bornFrom, int bornTo, long startBy, int[] words) {
            this.now = now;
            this.configurations = configurations;
            this.careTypes = careTypes;
            this.neighbourhoods = neighbourhoods;
            this.needed = needed;
            this.childAge = childAge;
            this.bornFrom = bornFrom;
            this.bornTo = bornTo;
            this.startBy = startBy;
            this.words = words;
        }

        /**
         * The filter for a query; null when the query cannot match anything, such as a
         * word no ad contains.
         */
        static @Nullable Filter of(AdSearchQuery query, Instant now, ZoneId zone, Snapshot snapshot) {
            boolean[] neighbourhoods = null;
            if (!query.neighbourhoods().isEmpty()) {
                neighbourhoods = new boolean[snapshot.neighbourhoods.size()];
                boolean any = false;
                for (String id : query.neighbourhoods()) {
                    int number = snapshot.neighbourhoods.numberOf(id);
                    if (number >= 0 && number < neighbourhoods.length) {
                        neighbourhoods[number] = true;
                        any = true;
                    }
                }
                if (!any) {
                    return null;
                }
            }
            List<String> queryWords = query.words();
            int[] words = new int[queryWords.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = snapshot.words.numberOf(queryWords.get(i));
                if (words[i] < 0) {
                    return null;
                }
            }
            Integer age = query.childAgeYears();
            int thisMonth = monthNumber(YearMonth.from(LocalDate.ofInstant(now, zone)));
            int bornTo = (age != null) ? thisMonth - 12 * age : 0;
            LocalDate startBy = query.availableFrom();

            return new Filter(now.toEpochMilli(), mask(query.configurations()), mask(query.careTypes()), neighbourhoods,
                    query.needed().bits(), age != null, bornTo - 11, bornTo,
                    (startBy != null) ? startBy.toEpochDay() : Long.MAX_VALUE, words);
        }

        /** Whether the ad at this position passes every filter but the words. */
        boolean matches(Snapshot snapshot, int position) {
            return snapshot.expiresAt[position] > this.now
                    && (this.configurations == 0
                            || (this.configurations & (1 << snapshot.configuration[position])) != 0)
                    && (this.careTypes == 0 || (this.careTypes & (1 << snapshot.careType[position])) != 0)
                    && (snapshot.schedule[position] & this.needed) == this.needed
                    && snapshot.startDay[position] <= this.startBy
                    && (this.neighbourhoods == null || (snapshot.neighbourhood[position] < this.neighbourhoods.length
                            && this.neighbourhoods[snapshot.neighbourhood[position]]))
                    && (!this.childAge || hasChildBornBetween(snapshot, position));
        }

        private boolean hasChildBornBetween(Snapshot snapshot, int position) {
            int from = snapshot.childStart[position];
            int to = snapshot.childStart[position + 1];
            if (from == to) {
                return true;
            }
            int[] children = snapshot.children;
            for (int i = from; i < to; i++) {
                int child = children[i];
                if (child >= this.bornFrom && child <= this.bornTo) {
                    return true;
                }
            }
            return false;
        }

        private static int mask(Set<? extends Enum<?>> values) {
            int mask = 0;
            for (Enum<?> value : values) {
                mask |= 1 << value.ordinal();
            }
            return mask;
        }

    }

}
