package org.opencity.childcare.listing.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index kept up to date change by change, as the observation listener does, must
 * answer exactly as a brute-force filter over the ads as they now are: new ads, edits,
 * withdrawals, renewals and deletions, in random batches.
 */
class AdIndexIncrementalTest {

    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @Test
    void applyWhenRandomChangesInBatchesShouldAnswerAsBruteForceAfterEachBatch() {
        GeneratedAds generator = new GeneratedAds(7L, NOW);
        Random random = new Random(11L);
        Map<String, Ad> current = new LinkedHashMap<>();
        List<GeneratedAds.Plan> plans = generator.plans(1_500, Duration.ofMinutes(10), false);
        for (int i = 0; i < plans.size(); i++) {
            Ad ad = plans.get(i).toAd("ad-" + i);
            current.put(ad.id(), ad);
        }
        AdIndex index = new AdIndex(GeneratedAds.ZONE);
        index.rebuild(current.values());
        int nextId = plans.size();
        List<String> differences = new ArrayList<>();

        for (int batch = 0; batch < 30; batch++) {
            List<Ad> changed = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            for (int change = 0; change < 1 + random.nextInt(25); change++) {
                List<String> ids = new ArrayList<>(current.keySet());
                String id = ids.get(random.nextInt(ids.size()));
                Ad ad = current.get(id);
                switch (random.nextInt(5)) {
                    case 0 -> {
                        Ad added = generator.plans(1, Duration.ofMinutes(10), true).get(0).toAd("ad-" + nextId++);
                        current.put(added.id(), added);
                        changed.add(added);
                    }
                    case 1 -> {
                        Ad edited = ad.withContent(generator.content());
                        current.put(id, edited);
                        changed.add(edited);
                    }
                    case 2 -> {
                        if (!ad.status().next().contains(AdStatus.WITHDRAWN)) {
                            continue;
                        }
                        Ad withdrawn = ad.withdraw();
                        current.put(id, withdrawn);
                        changed.add(withdrawn);
                    }
                    case 3 -> {
                        if (ad.status() != AdStatus.PUBLISHED) {
                            continue;
                        }
                        Ad renewed = ad.renew(NOW.minus(Duration.ofMinutes(random.nextInt(600))), Duration.ofDays(30));
                        current.put(id, renewed);
                        changed.add(renewed);
                    }
                    default -> {
                        current.remove(id);
                        removed.add(id);
                        // A deleted ad that was changed earlier in the batch stays
                        // deleted.
                        changed.removeIf((c) -> c.id().equals(id));
                    }
                }
            }
            index.apply(changed, removed);

            AdIndex rebuilt = new AdIndex(GeneratedAds.ZONE);
            rebuilt.rebuild(current.values());
            assertThat(index.size()).as("ads held after batch " + batch).isEqualTo(rebuilt.size());
            for (int q = 0; q < 15; q++) {
                AdSearchQuery query = generator.query();
                SearchPage expected = GeneratedAds.bruteForce(List.copyOf(current.values()), query, NOW);
                SearchPage actual = index.search(query, NOW);
                if (!expected.equals(actual)) {
                    differences.add("batch " + batch + ", " + query + ": " + actual + " instead of " + expected);
                }
            }
        }

        assertThat(differences).isEmpty();
    }

}
