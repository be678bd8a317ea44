package org.opencity.childcare.listing.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.CareType;
import org.opencity.childcare.testing.JcrTestRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index and the JCR-SQL2 search against a brute-force filter over 2,000 generated
 * ads: same ads, same order, same count, for 300 random searches.
 */
class AdSearchAgainstReferenceTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    private static List<Ad> ads = List.of();

    private static final AdIndex index = new AdIndex(GeneratedAds.ZONE);

    private final JcrAdSearch jcr = new JcrAdSearch(GeneratedAds.ZONE);

    @BeforeAll
    static void storeAds() throws RepositoryException {
        GeneratedAds generator = new GeneratedAds(20260514L, NOW);
        // A ten-minute grid over 30 days gives some ads the same publication time.
        List<GeneratedAds.Plan> plans = generator.plans(2_000, Duration.ofMinutes(10), false);
        ads = GeneratedAds.store(repository.sessionFactory(), new AdRepository(), plans, 500);
        index.rebuild(ads);
    }

    @Test
    void searchWhenRandomFiltersShouldMatchBruteForceOnIndexAndJcr() throws RepositoryException {
        GeneratedAds queries = new GeneratedAds(42L, NOW);
        List<String> differences = new ArrayList<>();
        int nonEmpty = 0;
        Session session = repository.login();
        try {
            for (int i = 0; i < 300; i++) {
                AdSearchQuery query = queries.query();
                SearchPage expected = GeneratedAds.bruteForce(ads, query, NOW);
                SearchPage ours = index.search(query, NOW);
                SearchPage theirs = this.jcr.search(session, query, NOW);
                if (!expected.equals(ours)) {
                    differences.add("index " + query + ": " + ours + " instead of " + expected);
                }
                if (!expected.equals(theirs)) {
                    differences.add("jcr " + query + ": " + theirs + " instead of " + expected);
                }
                nonEmpty += expected.ids().isEmpty() ? 0 : 1;
            }
        }
        finally {
            session.logout();
        }

        assertThat(differences).isEmpty();
        assertThat(nonEmpty).as("searches with results, so the comparison means something").isGreaterThan(100);
    }

    @Test
    void searchWhenNoFilterShouldListOnlyAdsListedNow() {
        SearchPage all = index.search(AdSearchQuery.any(), NOW);

        long listed = ads.stream().filter((ad) -> ad.isListedAt(NOW)).count();
        assertThat(all.total()).isEqualTo(listed).isLessThan(ads.size());
    }

    @Test
    void searchWhenNextPageShouldContinueWithoutRepeats() throws RepositoryException {
        AdSearchQuery query = AdSearchQuery.any().withCareTypes(Set.of(CareType.SHARED));
        Session session = repository.login();
        try {
            SearchPage first = this.jcr.search(session, query, NOW);
            SearchPage second = this.jcr.search(session, query.withPage(1), NOW);
            SearchPage firstTwoPagesAsOne = GeneratedAds.bruteForce(ads, new AdSearchQuery(query.configurations(),
                    query.careTypes(), query.neighbourhoods(), query.needed(), null, null, null, 0, 40), NOW);

            List<String> both = new ArrayList<>(first.ids());
            both.addAll(second.ids());
            assertThat(first.ids()).hasSize(20);
            assertThat(new HashSet<>(both)).hasSize(40);
            assertThat(both).isEqualTo(firstTwoPagesAsOne.ids());
            assertThat(index.search(query.withPage(1), NOW)).isEqualTo(second);
        }
        finally {
            session.logout();
        }
    }

    @Test
    void searchWhenPageBeyondTheLastShouldBeEmptyWithTheTotal() {
        SearchPage page = index.search(AdSearchQuery.any().withPage(500), NOW);

        assertThat(page.ids()).isEmpty();
        assertThat(page.total()).isPositive();
    }

}
