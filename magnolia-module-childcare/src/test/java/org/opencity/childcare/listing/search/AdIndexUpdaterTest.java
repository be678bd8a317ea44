package org.opencity.childcare.listing.search;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdContent;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.testing.JcrTestRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AdIndexUpdater} and {@link JcrAdSearch} on a real repository: the
 * index starts with what is stored and follows saves made through other sessions, as
 * another cluster node's would arrive; the JCR search honours expiry to the millisecond.
 */
class AdIndexUpdaterTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private final AdRepository ads = new AdRepository();

    private final AdIndex index = new AdIndex(GeneratedAds.ZONE);

    private final AdIndexUpdater updater = new AdIndexUpdater(this.index, this.ads);

    private List<Ad> stored = List.of();

    @BeforeEach
    void storeAds() throws RepositoryException {
        repository.clean();
        List<GeneratedAds.Plan> plans = new GeneratedAds(7L, NOW).plans(30, Duration.ofMinutes(1), true);
        this.stored = GeneratedAds.store(repository.sessionFactory(), this.ads, plans, 30);
    }

    @AfterEach
    void stopUpdater() {
        this.updater.stop();
    }

    @Test
    void startWhenAdsStoredShouldFillTheIndex() {
        this.updater.start(repository.sessionFactory());

        assertThat(this.index.search(AdSearchQuery.any(), NOW).total()).isEqualTo(30);
    }

    @Test
    void onEventWhenAdWithdrawnInAnotherSessionShouldLeaveTheResults() throws RepositoryException {
        this.updater.start(repository.sessionFactory());
        Ad ad = this.stored.get(0);

        write((session) -> this.ads.update(session, ad.withdraw()));

        awaitTotal(() -> this.index.search(AdSearchQuery.any(), NOW).total(), 29);
        assertThat(this.index.search(AdSearchQuery.any(), NOW).ids()).doesNotContain(ad.id());
    }

    @Test
    void onEventWhenAdEditedAndThenDeletedShouldFollowBoth() throws RepositoryException {
        this.updater.start(repository.sessionFactory());
        Ad ad = this.stored.get(3);
        AdSearchQuery byWord = AdSearchQuery.any().withText("zygomatique");

        write((session) -> this.ads.update(session,
                ad.withContent(new GeneratedAds(1L, NOW).content()).withContent(withTitle(ad, "Nounou zygomatique"))));
        awaitTotal(() -> this.index.search(byWord, NOW).total(), 1);

        write((session) -> this.ads.delete(session, ad.id()));
        awaitTotal(() -> this.index.search(AdSearchQuery.any(), NOW).total(), 29);
        assertThat(this.index.search(byWord, NOW).total()).isZero();
    }

    @Test
    void searchWhenAdExpiresAtTheBoundaryShouldAgreeWithTheIndex() throws RepositoryException {
        this.updater.start(repository.sessionFactory());
        Ad newest = this.stored.stream().max(Comparator.comparing(Ad::expiresAt)).orElseThrow();
        Instant expiry = newest.expiresAt();
        JcrAdSearch jcr = new JcrAdSearch(GeneratedAds.ZONE);
        Session session = repository.login();
        try {
            for (Instant at : List.of(expiry.minusMillis(1), expiry, expiry.plus(Duration.ofHours(1)))) {
                SearchPage fromJcr = jcr.search(session, AdSearchQuery.any(), at);
                assertThat(fromJcr).isEqualTo(this.index.search(AdSearchQuery.any(), at));
                assertThat(fromJcr.ids().contains(newest.id())).isEqualTo(at.isBefore(expiry));
            }
        }
        finally {
            session.logout();
        }
    }

    @Test
    void searchWhenTextLooksLikeQuerySyntaxShouldFindNothingAndNotFail() throws RepositoryException {
        JcrAdSearch jcr = new JcrAdSearch(GeneratedAds.ZONE);
        Session session = repository.login();
        try {
            AdSearchQuery hostile = AdSearchQuery.any().withText("') OR a.[status] = 'DRAFT' OR CONTAINS(a.*, '*");

            assertThat(jcr.search(session, hostile, NOW).total()).isZero();
        }
        finally {
            session.logout();
        }
    }

    private static AdContent withTitle(Ad ad, String title) {
        AdContent c = ad.content();
        return new AdContent(c.configuration(), c.careType(), title, c.text(), c.neighbourhood(), c.children(),
                c.schedule(), c.startDate(), c.hosting(), c.hourlyRate(), c.languages(), c.qualifications(),
                c.showPhone(), c.showEmail());
    }

    private static void write(Work work) throws RepositoryException {
        Session session = repository.login();
        try {
            work.run(session);
            session.save();
        }
        finally {
            session.logout();
        }
    }

    private static void awaitTotal(Supplier<Integer> total, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (total.get() != expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(total.get()).isEqualTo(expected);
    }

    @FunctionalInterface
    private interface Work {

        void run(Session session) throws RepositoryException;

    }

}
