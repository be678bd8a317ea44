package org.opencity.childcare.listing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AdRepository}: the node layout that search and the index read, lookups
 * that must not reveal anything for a wrong id, and the walk over every bucket.
 */
class AdRepositoryTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final AdRepository ads = new AdRepository(this.clock);

    private JcrTemplate jcr;

    @BeforeEach
    void startEmpty() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
    }

    @Test
    void searchTextShouldBeLowerCaseWithoutAccentsOrPunctuation() {
        assertThat(AdRepository.searchText("Garde partagée à l’Île-Verte", "Près de l’école, 2 enfants !"))
            .isEqualTo("garde partagee a l ile verte pres de l ecole 2 enfants");
        assertThat(AdRepository.searchText("ÉTÉ  2026", "Sœur\tet\nfrère")).isEqualTo("ete 2026 s ur et frere");
    }

    @Test
    void addShouldStoreTheAgreedLayout() {
        Ad ad = add(this.clock.instant());

        this.jcr.read((session) -> {
            Node node = session.getNodeByIdentifier(ad.id());
            assertThat(node.getPath()).isEqualTo("/ads/2026/03/" + node.getName());
            assertThat(node.isNodeType(NodeTypes.AD)).isTrue();
            assertThat(node.getProperty("status").getString()).isEqualTo("DRAFT");
            assertThat(node.getProperty("searchText").getString()).startsWith("garde partagee pres de l ecole");
            assertThat(node.getProperty("schedule").getLong()).isEqualTo(ad.content().schedule().bits());
            assertThat(node.getProperty("slots").getValues()).hasSize(2);
            assertThat(node.getProperty("startDate").getDate().toInstant())
                .isEqualTo(Instant.parse("2026-03-17T00:00:00Z"));
            assertThat(node.getProperty("hourlyRate").getDecimal()).isEqualByComparingTo(new BigDecimal("11.5"));
            assertThat(node.getProperty("children").getValues()[0].getString()).matches("\\d{4}-\\d{2}");
            assertThat(node.hasProperty("expiresAt")).isFalse();
            return null;
        });
    }

    @Test
    void findByIdShouldReadBackWhatWasWritten() {
        Ad ad = add(this.clock.instant());

        assertThat(find(ad.id())).contains(ad);
    }

    @Test
    void findByIdWhenMalformedOrAnotherTypeShouldBeEmpty() {
        String folderId = this.jcr.read((session) -> session.getNode("/ads").getIdentifier());

        for (String id : List.of("", "nope", "../members", "00000000-0000-0000-0000-000000000000", folderId)) {
            assertThat(find(id)).as(id).isEmpty();
        }
    }

    @Test
    void forEachShouldWalkEveryBucket() {
        Ad march = add(this.clock.instant());
        Ad december = add(Instant.parse("2025-12-31T23:00:00Z"));

        List<String> seen = new ArrayList<>();
        this.jcr.read((session) -> {
            this.ads.forEach(session, (ad) -> seen.add(ad.id()));
            return null;
        });

        assertThat(seen).containsExactlyInAnyOrder(march.id(), december.id());
    }

    @Test
    void listNewestFirstShouldSortByCreationAndFilterTheStatus() {
        Ad older = add(Instant.parse("2025-12-31T23:00:00Z"));
        Ad newer = add(this.clock.instant());
        Ad published = newer.publish(this.clock.instant(), Duration.ofDays(30));
        this.jcr.write((session) -> {
            this.ads.update(session, published);
            return null;
        });

        List<Ad> all = this.jcr.read((session) -> this.ads.listNewestFirst(session, null));
        List<Ad> drafts = this.jcr.read((session) -> this.ads.listNewestFirst(session, AdStatus.DRAFT));

        assertThat(all).extracting(Ad::id).containsExactly(newer.id(), older.id());
        assertThat(drafts).extracting(Ad::id).containsExactly(older.id());
    }

    @Test
    void deleteShouldRemoveTheNode() {
        Ad ad = add(this.clock.instant());

        this.jcr.write((session) -> {
            this.ads.delete(session, ad.id());
            return null;
        });

        assertThat(find(ad.id())).isEmpty();
    }

    private Optional<Ad> find(String id) {
        return this.jcr.read((session) -> this.ads.findById(session, id));
    }

    private Ad add(Instant createdAt) {
        AdRepository.ensureFolders(this.jcr, createdAt);
        return this.jcr
            .write((session) -> this.ads.add(session, "member-1", SampleAds.sharedCareContent(this.clock), createdAt));
    }

}
