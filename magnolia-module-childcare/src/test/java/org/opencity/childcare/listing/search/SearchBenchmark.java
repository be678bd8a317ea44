package org.opencity.childcare.listing.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.opencity.childcare.city.Neighbourhood;
import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.embedded.EmbeddedJackrabbit;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.SessionFactory;
import org.opencity.childcare.jcr.WorkspaceLayout;
import org.opencity.childcare.jcr.Workspaces;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.match.AdMatcher;
import org.opencity.childcare.testing.JcrTestRepository;

/**
 * Measures searches on {@link AdIndex} against the same searches in JCR-SQL2, on a fresh
 * embedded repository seeded with published ads. Not a test: run it on demand with
 * {@code ./mvnw -q -Pbenchmark -pl magnolia-module-childcare -am test-compile exec:java};
 * arguments, if any, replace the default sizes (10000 100000).
 *
 * <p>
 * Prints one line per size in the form the issue asks for, preceded by lines giving the
 * details (seeding time, the index's own estimate, how many JCR searches were timed), and
 * one line for the compatible ads of a fixed mix of ads.
 */
public final class SearchBenchmark {

    private static final int SEARCHES = 200;

    /** How many ads' compatible ads are timed, spread evenly over the stored ads. */
    private static final int MATCHES = 200;

    /** How many compatible ads an ad page shows. */
    private static final int MATCH_LIMIT = 10;

    /**
     * From this size on, JCR-SQL2 takes about a second per search: only the first 50 of
     * the mix are timed for it (and compared), so that a run stays under ten minutes.
     */
    private static final int LARGE = 50_000;

    private static final int LARGE_JCR_SEARCHES = 50;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = (args.length == 0) ? new int[] { 10_000, 100_000 }
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int size) throws RepositoryException, IOException {
        Path folder = Files.createTempDirectory("childcare-benchmark-");
        EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(folder);
        try {
            jackrabbit.installNodeTypes(JcrTestRepository.class.getResource(JcrTestRepository.NODE_TYPES));
            jackrabbit.ensureWorkspace(Workspaces.CHILDCARE);
            SessionFactory sessions = () -> jackrabbit.login(Workspaces.CHILDCARE);
            WorkspaceLayout.ensure(new JcrTemplate(sessions));
            measure(size, sessions);
        }
        finally {
            jackrabbit.close();
            deleteRecursively(folder);
        }
    }

    private static void measure(int size, SessionFactory sessions) throws RepositoryException {
        Instant now = Instant.now();
        long seedStart = System.nanoTime();
        GeneratedAds.store(sessions, new AdRepository(),
                new GeneratedAds(size, now).plans(size, Duration.ofSeconds(1), true), 1_000);
        long seedMs = (System.nanoTime() - seedStart) / 1_000_000;

        AtomicReference<AdIndex> index = new AtomicReference<>(new AdIndex(GeneratedAds.ZONE));
        List<Ad> all = readAll(sessions);
        index.get().rebuild(all);

        GeneratedAds mix = new GeneratedAds(2026L, now);
        List<AdSearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            queries.add(mix.query());
        }
        int jcrCount = (size >= LARGE) ? LARGE_JCR_SEARCHES : SEARCHES;
        JcrAdSearch jcr = new JcrAdSearch(GeneratedAds.ZONE);
        boolean same = true;
        double[] ours = new double[SEARCHES];
        double[] theirs = new double[jcrCount];
        Session session = sessions.open();
        try {
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < SEARCHES; i++) {
                    long start = System.nanoTime();
                    SearchPage page = index.get().search(queries.get(i), now);
                    ours[i] = (System.nanoTime() - start) / 1e6;
                    if (i < jcrCount) {
                        start = System.nanoTime();
                        SearchPage reference = jcr.search(session, queries.get(i), now);
                        theirs[i] = (System.nanoTime() - start) / 1e6;
                        same &= page.equals(reference);
                    }
                }
            }
        }
        finally {
            session.logout();
        }

        double[] matching = timeMatches(index.get(), all, now);

        long estimated = index.get().estimatedBytes();
        double heapMb = retainedMb(index);
        System.out.printf(Locale.ROOT, "seeded ads=%d in %d ms; index estimatedBytes=%d (%.2f MB)%n", size, seedMs,
                estimated, estimated / 1048576.0);
        System.out.printf(Locale.ROOT, "timed searches ads=%d: ours=%d jcr=%d (after one warm-up round each)%n", size,
                SEARCHES, jcrCount);
        System.out.printf(Locale.ROOT,
                "search ads=%d ours_p50_ms=%.2f ours_p95_ms=%.2f jcr_p50_ms=%.2f jcr_p95_ms=%.2f"
                        + " same_results=%b heap_mb=%.2f%n",
                size, percentile(ours, 50), percentile(ours, 95), percentile(theirs, 50), percentile(theirs, 95), same,
                heapMb);
        System.out.printf(Locale.ROOT, "match ads=%d p50_ms=%.2f p95_ms=%.2f%n", size, percentile(matching, 50),
                percentile(matching, 95));
    }

    /**
     * The time of each of {@link #MATCHES} calls for the compatible ads of one ad, the
     * ads taken at even steps through all of them, after one warm-up round.
     */
    private static double[] timeMatches(AdIndex index, List<Ad> all, Instant now) {
        AdMatcher matcher = new AdMatcher(index, cityNeighbourhoods(), GeneratedAds.ZONE);
        double[] times = new double[MATCHES];
        int step = Math.max(1, all.size() / MATCHES);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < MATCHES; i++) {
                Ad ad = all.get((i * step) % all.size());
                long start = System.nanoTime();
                matcher.compatibleWith(ad, now, MATCH_LIMIT);
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return times;
    }

    /** The generated city: the centre borders the five others, which form a ring. */
    private static Neighbourhoods cityNeighbourhoods() {
        return new Neighbourhoods(
                List.of(new Neighbourhood("centre", "Centre", Set.of("gare", "nord", "est", "sud", "ouest")),
                        new Neighbourhood("gare", "Gare", Set.of("centre", "nord", "ouest")),
                        new Neighbourhood("nord", "Nord", Set.of("centre", "gare", "est")),
                        new Neighbourhood("est", "Est", Set.of("centre", "nord", "sud")),
                        new Neighbourhood("sud", "Sud", Set.of("centre", "est", "ouest")),
                        new Neighbourhood("ouest", "Ouest", Set.of("centre", "sud", "gare"))));
    }

    /**
     * The heap the index holds: used heap after a full collection with the index, minus
     * the same without it. Measured this way round so that the repository's caches, which
     * fill and shrink on their own, stay out of the difference.
     */
    private static double retainedMb(AtomicReference<AdIndex> index) {
        long with = usedHeapAfterGc();
        index.set(null);
        long without = usedHeapAfterGc();
        return (with - without) / 1048576.0;
    }

    private static List<Ad> readAll(SessionFactory sessions) throws RepositoryException {
        List<Ad> all = new ArrayList<>();
        Session session = sessions.open();
        try {
            new AdRepository().forEach(session, all::add);
        }
        finally {
            session.logout();
        }
        return all;
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, rank)];
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
