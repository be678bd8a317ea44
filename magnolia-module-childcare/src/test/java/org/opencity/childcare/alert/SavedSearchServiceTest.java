package org.opencity.childcare.alert;

import java.time.Duration;
import java.util.Locale;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.search.AdSearchQuery;
import org.opencity.childcare.listing.search.SearchDescription;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.validation.FieldError;
import org.opencity.childcare.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link SavedSearchService} on a real repository: what a member may save, the
 * name a search gets, the limit of ten, and that members only ever see and change their
 * own searches.
 */
class SavedSearchServiceTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private JcrTemplate jcr;

    private SavedSearchService searches;

    private String camille;

    private String ines;

    @BeforeEach
    void startEmpty() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
        this.searches = new SavedSearchService(this.jcr,
                new SearchDescription(Messages.module(), Personas.neighbourhoods()), this.clock);
        AlertFixtures fixtures = new AlertFixtures(this.jcr, this.clock);
        this.camille = fixtures.camille();
        this.ines = fixtures.ines();
    }

    @Test
    void saveWithoutNameShouldNameTheSearchByItsFiltersAndKeepTheQueryAsTheSearchPageWritesIt() {
        SavedSearch saved = this.searches.save(this.camille, "page=3&quartier=gare&garde=shared&quartier=centre", "  ",
                "DAILY", Locale.FRENCH);

        assertThat(saved.name()).isEqualTo("Garde partagée · Centre-ville, Quartier de la Gare");
        assertThat(saved.query()).isEqualTo("garde=SHARED&quartier=centre&quartier=gare");
        assertThat(saved.frequency()).isEqualTo(AlertFrequency.DAILY);
        assertThat(saved.alertsOn()).isTrue();
        assertThat(saved.createdAt()).isEqualTo(this.clock.instant());
        assertThat(this.searches.getOwn(this.camille, saved.id())).isEqualTo(saved);
        assertThat(storedPath(saved)).startsWith("/searches/2026/03/").doesNotContain(this.camille);
    }

    @Test
    void saveWithNameShouldKeepItTrimmed() {
        SavedSearch saved = this.searches.save(this.camille, "garde=REGULAR", "  Nounou le matin ", "IMMEDIATE",
                Locale.FRENCH);

        assertThat(saved.name()).isEqualTo("Nounou le matin");
        assertThat(saved.frequency()).isEqualTo(AlertFrequency.IMMEDIATE);
    }

    @Test
    void saveWhenNameIsTooLongOrFrequencyMissingShouldSayWhichFieldToFix() {
        String eightyOne = "a".repeat(81);

        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.searches.save(this.camille, "garde=SHARED", eightyOne, null, Locale.FRENCH))
            .satisfies((ex) -> assertThat(ex.errors().all()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("name", "childcare.savedSearch.error.nameLength"),
                        tuple("frequency", "childcare.savedSearch.error.frequency")));
        assertThat(this.searches.save(this.camille, "garde=SHARED", "a".repeat(80), "DAILY", Locale.FRENCH).name())
            .hasSize(80);
        assertThat(this.searches.listOwn(this.camille)).hasSize(1);
    }

    @Test
    void saveWhenTheMemberHasTenShouldRefuseTheEleventh() {
        for (int i = 0; i < SavedSearchService.MAX_PER_MEMBER; i++) {
            this.searches.save(this.camille, "age=" + i, null, "DAILY", Locale.FRENCH);
        }

        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.searches.save(this.camille, "age=11", null, "DAILY", Locale.FRENCH))
            .satisfies((ex) -> assertThat(ex.errors().get("search")).get()
                .extracting(FieldError::messageKey)
                .isEqualTo("childcare.savedSearch.error.limit"));
        assertThat(this.searches.listOwn(this.camille)).hasSize(10);
        assertThat(this.searches.save(this.ines, "age=11", null, "DAILY", Locale.FRENCH)).isNotNull();
    }

    @Test
    void defaultNameWhenTheFiltersAreManyShouldBeCutToEightyCharacters() {
        AdSearchQuery query = AdSearchQuery.fromQueryString(
                "creneau=MONDAY:MORNING&creneau=TUESDAY:MORNING&creneau=WEDNESDAY:MORNING&creneau=THURSDAY:MORNING"
                        + "&garde=SHARED&quartier=centre");

        String name = this.searches.defaultName(query, Locale.FRENCH);

        assertThat(name).hasSize(80)
            .startsWith("Garde partagée · Centre-ville · lundi matin, mardi matin")
            .endsWith("…");
    }

    @Test
    void listOwnShouldShowOnlyTheMembersSearchesNewestFirst() {
        SavedSearch older = this.searches.save(this.camille, "garde=SHARED", "Partagée", "DAILY", Locale.FRENCH);
        this.clock.advance(Duration.ofMinutes(5));
        SavedSearch newer = this.searches.save(this.camille, "garde=REGULAR", "Régulière", "DAILY", Locale.FRENCH);
        this.searches.save(this.ines, "garde=BABYSITTING", "Baby-sitting", "DAILY", Locale.FRENCH);

        assertThat(this.searches.listOwn(this.camille)).extracting(SavedSearch::id)
            .containsExactly(newer.id(), older.id());
    }

    @Test
    void changeFrequencyShouldApplyToTheMembersOwnSearchOnly() {
        SavedSearch saved = this.searches.save(this.camille, "garde=SHARED", null, "DAILY", Locale.FRENCH);

        SavedSearch changed = this.searches.changeFrequency(this.camille, saved.id(), "IMMEDIATE");

        assertThat(changed.frequency()).isEqualTo(AlertFrequency.IMMEDIATE);
        assertThat(this.searches.getOwn(this.camille, saved.id()).frequency()).isEqualTo(AlertFrequency.IMMEDIATE);
        assertThatExceptionOfType(SavedSearchNotFoundException.class)
            .isThrownBy(() -> this.searches.changeFrequency(this.ines, saved.id(), "DAILY"));
        assertThatExceptionOfType(SavedSearchNotFoundException.class)
            .isThrownBy(() -> this.searches.changeFrequency(this.camille, "not-an-id", "DAILY"));
        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.searches.changeFrequency(this.camille, saved.id(), "HOURLY"));
        assertThat(this.searches.getOwn(this.camille, saved.id()).frequency()).isEqualTo(AlertFrequency.IMMEDIATE);
    }

    @Test
    void deleteShouldRemoveTheMembersOwnSearchOnly() {
        SavedSearch mine = this.searches.save(this.camille, "garde=SHARED", null, "DAILY", Locale.FRENCH);
        SavedSearch hers = this.searches.save(this.ines, "garde=SHARED", null, "DAILY", Locale.FRENCH);

        this.searches.delete(this.camille, mine.id());

        assertThat(this.searches.listOwn(this.camille)).isEmpty();
        assertThatExceptionOfType(SavedSearchNotFoundException.class)
            .isThrownBy(() -> this.searches.delete(this.camille, hers.id()));
        assertThat(this.searches.listOwn(this.ines)).extracting(SavedSearch::id).containsExactly(hers.id());
    }

    @Test
    void deleteAllOfShouldEraseEverySearchOfTheMemberAndNoOtherOnes() {
        this.searches.save(this.camille, "garde=SHARED", null, "DAILY", Locale.FRENCH);
        this.searches.save(this.camille, "garde=REGULAR", null, "IMMEDIATE", Locale.FRENCH);
        this.searches.save(this.ines, "garde=SHARED", null, "DAILY", Locale.FRENCH);

        int deleted = this.searches.deleteAllOf(this.camille);

        assertThat(deleted).isEqualTo(2);
        assertThat(this.searches.listOwn(this.camille)).isEmpty();
        assertThat(this.searches.listOwn(this.ines)).hasSize(1);
    }

    @Test
    void savedSearchesShouldSurviveARestart() throws RepositoryException {
        SavedSearch saved = this.searches.save(this.camille, "garde=SHARED&age=2", "Pour Léa", "IMMEDIATE",
                Locale.FRENCH);

        repository.restart();

        assertThat(this.searches.getOwn(this.camille, saved.id())).isEqualTo(saved);
    }

    private String storedPath(SavedSearch search) {
        return this.jcr.read((session) -> session.getNodeByIdentifier(search.id()).getPath());
    }

}
