package org.opencity.childcare.listing.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.opencity.childcare.listing.Ad;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AdFilter} against {@link AdIndex#search} over 2,000 generated ads and 400 random
 * searches, at several moments: the filter must say "matches" for exactly the ads the
 * index returns, so that saved-search alerts announce what the search page shows.
 */
class AdFilterTest {

    /** Just past midnight on 1 June in Paris, still 31 May in UTC: ages change here. */
    private static final Instant GENERATED_AT = Instant.parse("2026-05-31T22:30:00Z");

    private static List<Ad> ads = List.of();

    private static final AdIndex index = new AdIndex(GeneratedAds.ZONE);

    @BeforeAll
    static void generateAds() {
        GeneratedAds generator = new GeneratedAds(20260601L, GENERATED_AT);
        List<GeneratedAds.Plan> plans = generator.plans(2_000, Duration.ofMinutes(10), false);
        List<Ad> generated = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            generated.add(plans.get(i).toAd("ad-" + i));
        }
        ads = List.copyOf(generated);
        index.rebuild(ads);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-05-31T22:30:00Z", "2026-05-31T21:59:59.999Z", "2026-06-03T08:00:00Z",
            "2026-06-20T12:00:00Z" })
    void matchesShouldAgreeWithTheIndexOnEveryAdForRandomSearches(String moment) {
        Instant now = Instant.parse(moment);
        GeneratedAds queries = new GeneratedAds(7L, GENERATED_AT);
        List<String> differences = new ArrayList<>();
        int withResults = 0;

        for (int i = 0; i < 400; i++) {
            AdSearchQuery query = queries.query();
            Set<String> expected = indexResults(query, now);
            AdFilter filter = new AdFilter(query, GeneratedAds.ZONE);
            Set<String> ours = new HashSet<>();
            for (Ad ad : ads) {
                if (filter.matches(ad, now)) {
                    ours.add(ad.id());
                }
            }
            if (!ours.equals(expected)) {
                differences.add(query + ": " + ours.size() + " matches instead of " + expected.size());
            }
            withResults += expected.isEmpty() ? 0 : 1;
        }

        assertThat(differences).isEmpty();
        assertThat(withResults).as("searches with results, so the comparison means something").isGreaterThan(150);
    }

    @ParameterizedTest
    @ValueSource(longs = { -1, 0, 1 })
    void matchesWhenTheAdExpiresAroundNowShouldAgreeWithTheIndexToTheMillisecond(long offsetMillis) {
        Ad ad = ads.stream().filter((candidate) -> candidate.isListedAt(GENERATED_AT)).findFirst().orElseThrow();
        Instant now = ad.expiresAt().plusMillis(offsetMillis);
        AdSearchQuery any = AdSearchQuery.any();

        boolean inIndex = indexResults(any, now).contains(ad.id());

        assertThat(new AdFilter(any, GeneratedAds.ZONE).matches(ad, now)).isEqualTo(inIndex)
            .isEqualTo(offsetMillis < 0);
    }

    /** Every id the index returns for the query at {@code now}, page after page. */
    private static Set<String> indexResults(AdSearchQuery query, Instant now) {
        Set<String> ids = new HashSet<>();
        AdSearchQuery big = new AdSearchQuery(query.configurations(), query.careTypes(), query.neighbourhoods(),
                query.needed(), query.childAgeYears(), query.availableFrom(), query.text(), 0, 100);
        for (int page = 0;; page++) {
            SearchPage results = index.search(big.withPage(page), now);
            ids.addAll(results.ids());
            if (results.ids().isEmpty() || ids.size() >= results.total()) {
                return ids;
            }
        }
    }

}
