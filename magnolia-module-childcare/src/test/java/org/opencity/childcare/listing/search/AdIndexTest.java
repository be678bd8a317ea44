package org.opencity.childcare.listing.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdConfiguration;
import org.opencity.childcare.listing.AdContent;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.listing.CareType;
import org.opencity.childcare.listing.WeeklySchedule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AdIndex} on plain ads: what a member sees at the edges of an ad's
 * life, and how the index follows changes.
 */
class AdIndexTest {

    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    private static final Duration LIFETIME = Duration.ofDays(30);

    private final AdIndex index = new AdIndex(GeneratedAds.ZONE);

    @Test
    void searchWhenAdExpiredAnHourAgoShouldNotReturnIt() {
        this.index.upsert(publishedAt("a", NOW.minus(LIFETIME).minus(Duration.ofHours(1))));

        assertThat(this.index.search(AdSearchQuery.any(), NOW).total()).isZero();
        assertThat(this.index.size()).isOne();
    }

    @Test
    void searchWhenAdExpiresExactlyNowShouldNotReturnItButAMillisecondBeforeShould() {
        this.index.upsert(publishedAt("a", NOW.minus(LIFETIME)));

        assertThat(this.index.search(AdSearchQuery.any(), NOW).ids()).isEmpty();
        assertThat(this.index.search(AdSearchQuery.any(), NOW.minusMillis(1)).ids()).containsExactly("a");
    }

    @Test
    void searchWhenSamePublicationTimeShouldOrderByIdAfterNewerAds() {
        Instant earlier = NOW.minus(Duration.ofDays(2));
        this.index.rebuild(List.of(publishedAt("c", earlier), publishedAt("b", earlier),
                publishedAt("z", NOW.minus(Duration.ofDays(1)))));

        assertThat(this.index.search(AdSearchQuery.any(), NOW).ids()).containsExactly("z", "b", "c");
    }

    @Test
    void upsertWhenAdWithdrawnShouldDropItAndWhenEditedShouldReplaceIt() {
        Ad ad = publishedAt("a", NOW.minus(Duration.ofDays(1)));
        this.index.rebuild(List.of(ad, publishedAt("b", NOW.minus(Duration.ofDays(3)))));

        this.index.upsert(ad.withContent(content("Crèche parentale", List.of())));
        assertThat(this.index.search(AdSearchQuery.any().withText("creche"), NOW).ids()).containsExactly("a");

        this.index.upsert(ad.withdraw());
        assertThat(this.index.search(AdSearchQuery.any(), NOW).ids()).containsExactly("b");
    }

    @Test
    void removeWhenAdDeletedShouldForgetIt() {
        this.index.rebuild(List.of(publishedAt("a", NOW.minusSeconds(60)), publishedAt("b", NOW.minusSeconds(120))));

        this.index.remove("a");
        this.index.remove("unknown");

        assertThat(this.index.search(AdSearchQuery.any(), NOW).ids()).containsExactly("b");
    }

    @Test
    void searchWhenChildAgeAskedShouldMatchWholeYearsAndCaregiversWithoutChildren() {
        YearMonth thisMonth = YearMonth.of(2026, 5);
        this.index
            .rebuild(List.of(family("two", thisMonth.minusMonths(24)), family("almost-two", thisMonth.minusMonths(23)),
                    family("nearly-three", thisMonth.minusMonths(35)), publishedAt("caregiver", NOW.minusSeconds(10))));

        SearchPage twoYearsOld = this.index.search(AdSearchQuery.any().withChildAge(2), NOW);

        assertThat(twoYearsOld.ids()).containsExactlyInAnyOrder("two", "nearly-three", "caregiver");
    }

    @Test
    void searchWhenWordIsOnlyPartOfAWordShouldNotMatch() {
        this.index.upsert(new Ad("a", "owner", AdStatus.PUBLISHED, content("Garde partagée", List.of()), NOW, NOW,
                NOW.plus(LIFETIME), null, null));

        assertThat(this.index.search(AdSearchQuery.any().withText("part"), NOW).total()).isZero();
        assertThat(this.index.search(AdSearchQuery.any().withText("PARTAGÉE garde"), NOW).total()).isOne();
    }

    @Test
    void estimatedBytesWhenAdsAddedShouldGrow() {
        long empty = this.index.estimatedBytes();

        this.index.upsert(publishedAt("a", NOW));

        assertThat(this.index.estimatedBytes()).isGreaterThan(empty + 100);
    }

    private static Ad publishedAt(String id, Instant publishedAt) {
        return new Ad(id, "owner", AdStatus.PUBLISHED, content("Nounou disponible", List.of()), publishedAt,
                publishedAt, publishedAt.plus(LIFETIME), null, null);
    }

    private static Ad family(String id, YearMonth born) {
        return new Ad(id, "owner", AdStatus.PUBLISHED, content("Famille", List.of(born)), NOW, NOW, NOW.plus(LIFETIME),
                null, null);
    }

    private static AdContent content(String title, List<YearMonth> children) {
        AdConfiguration configuration = children.isEmpty() ? AdConfiguration.NANNY_SEEKS_FAMILY
                : AdConfiguration.FAMILY_SEEKS_NANNY;
        return new AdContent(configuration, CareType.REGULAR, title, "Quartier calme.", "centre", children,
                WeeklySchedule.EMPTY, LocalDate.of(2026, 9, 1), null, null, Set.of("fr"), Set.of(), false, false);
    }

}
