package org.opencity.childcare.alert;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdContent;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdSettings;
import org.opencity.childcare.listing.search.SearchDescription;
import org.opencity.childcare.notify.OutgoingMail;
import org.opencity.childcare.notify.RecordingMailTransport;
import org.opencity.childcare.notify.TestLinks;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.token.OneTimeTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AlertJob}, travelling in time on a real repository: which new ads a
 * saved search announces, when immediate alerts and daily digests go out, what the mails
 * say, runs that repeat or overlap, and the one-click link that stops alerts.
 */
class AlertJobTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final String SHARED_CARE = "garde=SHARED";

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/alertes/arret\\?jeton=(\\S+)");

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final RecordingMailTransport mails = new RecordingMailTransport();

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    private JcrTemplate jcr;

    private AlertFixtures fixtures;

    private AdService ads;

    private SavedSearchService searches;

    private AlertJob job;

    private String camille;

    private String ines;

    @BeforeEach
    void startEmpty() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
        this.fixtures = new AlertFixtures(this.jcr, this.clock);
        this.ads = new AdService(this.jcr, Personas.neighbourhoods(), this.mails.mailer(), new TestLinks(),
                new OneTimeTokens(this.clock, new SecureRandom()), this.clock, AdSettings.defaults());
        SearchDescription descriptions = new SearchDescription(Messages.module(), Personas.neighbourhoods());
        this.searches = new SavedSearchService(this.jcr, descriptions, this.clock);
        this.job = new AlertJob(this.jcr, this.mails.mailer(), new TestLinks(), descriptions, Personas.neighbourhoods(),
                this.clock, new SecureRandom(), AlertSettings.defaults(PARIS));
        this.camille = this.fixtures.camille();
        this.ines = this.fixtures.ines();
    }

    /**
     * Lets background work finish rather than interrupting it: an interrupt inside
     * Jackrabbit closes its database connection and breaks the repository for later
     * tests.
     */
    @AfterEach
    void stopThreads() throws InterruptedException {
        this.threads.shutdown();
        this.threads.awaitTermination(1, TimeUnit.MINUTES);
    }

    @Test
    void runWhenAMatchingAdIsPostedShouldMailTheSearcherOnceEvenIfRunTwice() {
        SavedSearch search = save(SHARED_CARE, AlertFrequency.IMMEDIATE);
        this.clock.advance(Duration.ofMinutes(2));
        Ad ad = this.ads.post(this.ines, this.fixtures.sharedCare(AlertFixtures.SHARED_TITLE));
        this.clock.advance(Duration.ofMinutes(3));

        AlertJob.Result first = this.job.run();
        AlertJob.Result second = this.job.run();

        assertThat(first.mailed()).isEqualTo(1);
        assertThat(second.mailed()).isZero();
        assertThat(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL)).singleElement().satisfies((mail) -> {
            assertThat(mail.subject()).isEqualTo("Garde d’enfant : du nouveau pour votre recherche « Garde partagée »");
            assertThat(mail.text()).contains("Bonjour Camille,")
                .contains("Une nouvelle annonce correspond à votre recherche « Garde partagée » :")
                .contains("- " + AlertFixtures.SHARED_TITLE + " (Centre-ville)\n  " + new TestLinks().ad(ad.id()))
                .contains(new TestLinks().search(search.query()))
                .contains(new TestLinks().savedSearches())
                .contains("Ne plus recevoir d’alertes pour cette recherche");
            assertThat(mail.headers()).containsEntry("List-Unsubscribe",
                    "<" + new TestLinks().unsubscribe(token(mail)) + ">");
        });
        assertThat(this.mails.sentTo(AlertFixtures.INES_EMAIL)).isEmpty();
    }

    @RepeatedTest(3)
    void runWhenTwoRunsOverlapShouldMailOnce() throws Exception {
        save(SHARED_CARE, AlertFrequency.IMMEDIATE);
        this.ads.post(this.ines, this.fixtures.sharedCare(AlertFixtures.SHARED_TITLE));
        this.clock.advance(Duration.ofMinutes(5));
        CountDownLatch start = new CountDownLatch(1);
        Callable<AlertJob.Result> run = () -> {
            start.await();
            return this.job.run();
        };

        List<Future<AlertJob.Result>> runs = List.of(this.threads.submit(run), this.threads.submit(run));
        start.countDown();
        int mailed = 0;
        for (Future<AlertJob.Result> result : runs) {
            mailed += result.get(1, TimeUnit.MINUTES).mailed();
        }

        assertThat(mailed).isEqualTo(1);
        assertThat(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL)).hasSize(1);
        this.job.run();
        assertThat(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL)).hasSize(1);
    }

    @Test
    void runShouldLeaveOutOlderOwnWithdrawnAndOtherAds() {
        this.ads.post(this.ines, this.fixtures.sharedCare("Annonce publiée avant la recherche"));
        this.clock.advance(Duration.ofMinutes(1));
        save(SHARED_CARE, AlertFrequency.IMMEDIATE);
        this.clock.advance(Duration.ofMinutes(1));
        this.ads.post(this.camille, this.fixtures.sharedCare("L’annonce de Camille elle-même"));
        Ad withdrawn = this.ads.post(this.ines, this.fixtures.sharedCare("Annonce retirée aussitôt"));
        this.ads.withdraw(this.ines, withdrawn.id());
        this.ads.post(this.fixtures.nadia(), this.fixtures.childminderOffer());
        this.clock.advance(Duration.ofMinutes(5));

        AlertJob.Result result = this.job.run();

        assertThat(result.mailed()).isZero();
        assertThat(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL)).isEmpty();
    }

    @Test
    void runWhenTheAdExpiredBeforeTheRunShouldNotAnnounceIt() {
        save(SHARED_CARE, AlertFrequency.IMMEDIATE);
        this.ads.post(this.ines, this.fixtures.sharedCare(AlertFixtures.SHARED_TITLE));
        this.clock.advance(Duration.ofDays(31));

        this.job.run();

        assertThat(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL)).isEmpty();
    }

    @Test
    void runWhenAnotherAdComesLaterShouldAnnounceOnlyTheNewOne() {
        save(SHARED_CARE, AlertFrequency.IMMEDIATE);
        this.ads.post(this.ines, this.fixtures.sharedCare("Première annonce de garde partagée"));
        this.clock.advance(Duration.ofMinutes(5));
        this.job.run();
        this.clock.advance(Duration.ofMinutes(2));
        this.ads.post(this.ines, this.fixtures.sharedCare("Seconde annonce de garde partagée"));
        this.clock.advance(Duration.ofMinutes(3));

        this.job.run();

        List<OutgoingMail> sent = this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).text()).contains("Première annonce").doesNotContain("Seconde annonce");
        assertThat(sent.get(1).text()).contains("Seconde annonce").doesNotContain("Première annonce");
    }

    @Test
    void runWhenAnAdShowsUpAfterTheCheckThatItsPublicationPrecedesShouldStillAnnounceItOnce() {
        SavedSearch search = save(SHARED_CARE, AlertFrequency.IMMEDIATE);
        this.clock.advance(AlertJob.IDLE_CHECK);
        this.job.run();
        Instant checked = this.clock.instant();
        assertThat(this.searches.getOwn(this.camille, search.id()).checkedUntil())
            .as("the check of a search without news moves on after a while")
            .isEqualTo(checked);
        // Published two minutes before that run, but saved only now: as a slow save, or
        // a save on another cluster node seen late, would appear.
        Ad late = storePublished(this.ines, "Annonce enregistrée en retard", checked.minus(Duration.ofMinutes(2)));
        this.clock.advance(Duration.ofMinutes(5));

        this.job.run();
        this.clock.advance(Duration.ofMinutes(5));
        this.job.run();

        assertThat(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL)).singleElement()
            .satisfies((mail) -> assertThat(mail.text()).contains(new TestLinks().ad(late.id())));
    }

    @Test
    void runWhenTheSearcherIsSuspendedShouldNotMailThem() {
        save(SHARED_CARE, AlertFrequency.IMMEDIATE);
        this.fixtures.suspend(this.camille);
        this.ads.post(this.ines, this.fixtures.sharedCare(AlertFixtures.SHARED_TITLE));
        this.clock.advance(Duration.ofMinutes(5));

        this.job.run();

        assertThat(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL)).isEmpty();
    }

    @Test
    void digestShouldGoOutOnceADayAtTheDigestHourWithTheDaysNewAds() {
        // Tuesday 10:30 in Paris, then 10:31.
        save(SHARED_CARE, AlertFrequency.DAILY);
        this.clock.advance(Duration.ofMinutes(30));
        Ad tuesday = this.ads.post(this.ines, this.fixtures.sharedCare("Annonce du mardi"));
        this.clock.advance(Duration.ofMinutes(5));
        this.job.run();
        assertThat(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL)).as("immediately").isEmpty();

        at("2026-03-11T07:29:00+01:00");
        this.job.run();
        assertThat(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL)).as("just before the hour").isEmpty();
        at("2026-03-11T07:30:00+01:00");
        this.job.run();
        at("2026-03-11T07:35:00+01:00");
        this.job.run();
        assertThat(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL)).as("Wednesday's digest")
            .singleElement()
            .satisfies((mail) -> {
                assertThat(mail.subject())
                    .isEqualTo("Garde d’enfant : le résumé du jour pour votre recherche « Garde partagée »");
                assertThat(mail.text()).contains("une nouvelle annonce correspond à votre recherche")
                    .contains(new TestLinks().ad(tuesday.id()));
            });

        at("2026-03-11T09:00:00+01:00");
        Ad wednesday = this.ads.post(this.ines, this.fixtures.sharedCare("Annonce du mercredi"));
        at("2026-03-11T12:00:00+01:00");
        this.job.run();
        at("2026-03-12T07:30:00+01:00");
        this.job.run();
        this.job.run();
        at("2026-03-13T07:30:00+01:00");
        this.job.run();

        List<OutgoingMail> sent = this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL);
        assertThat(sent).as("Thursday's digest, and none on Friday without new ads").hasSize(2);
        assertThat(sent.get(1).text()).contains(new TestLinks().ad(wednesday.id()))
            .doesNotContain(new TestLinks().ad(tuesday.id()));
    }

    @Test
    void digestWhenTheHostWasDownAtTheHourShouldGoOutAtTheNextRun() {
        save(SHARED_CARE, AlertFrequency.DAILY);
        this.ads.post(this.ines, this.fixtures.sharedCare(AlertFixtures.SHARED_TITLE));

        at("2026-03-11T10:05:00+01:00");
        this.job.run();
        this.job.run();

        assertThat(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL)).hasSize(1);
    }

    @Test
    void unsubscribeLinkShouldStopAlertsOnlyWhenUsedAndAnswerTheSameWhenUsedAgain() {
        SavedSearch search = save(SHARED_CARE, AlertFrequency.IMMEDIATE);
        this.ads.post(this.ines, this.fixtures.sharedCare("Première annonce de garde partagée"));
        this.clock.advance(Duration.ofMinutes(5));
        this.job.run();
        String token = token(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL).get(0));

        assertThat(this.searches.findByUnsubscribeToken(token)).get()
            .satisfies((found) -> assertThat(found.alertsOn()).as("opening the link stops nothing").isTrue());
        SavedSearch stopped = this.searches.unsubscribe(token).orElseThrow();
        this.clock.advance(Duration.ofHours(1));
        SavedSearch again = this.searches.unsubscribe(token).orElseThrow();

        assertThat(stopped.id()).isEqualTo(search.id());
        assertThat(stopped.alertsOn()).isFalse();
        assertThat(again).isEqualTo(stopped);
        this.ads.post(this.ines, this.fixtures.sharedCare("Seconde annonce de garde partagée"));
        this.clock.advance(Duration.ofMinutes(5));
        this.job.run();
        assertThat(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL)).as("no mail once stopped").hasSize(1);
        assertThat(this.searches.listOwn(this.camille)).as("the search is kept").hasSize(1);
    }

    @Test
    void resumingAlertsShouldAnnounceOnlyAdsPublishedAfterwardsAndKeepOldLinksWorking() {
        SavedSearch search = save(SHARED_CARE, AlertFrequency.IMMEDIATE);
        this.ads.post(this.ines, this.fixtures.sharedCare("Première annonce de garde partagée"));
        this.clock.advance(Duration.ofMinutes(5));
        this.job.run();
        String firstToken = token(this.mails.last());
        this.searches.unsubscribe(firstToken);
        this.ads.post(this.ines, this.fixtures.sharedCare("Annonce pendant l’arrêt des alertes"));
        this.clock.advance(Duration.ofMinutes(5));

        this.searches.changeFrequency(this.camille, search.id(), "IMMEDIATE");
        this.clock.advance(Duration.ofMinutes(1));
        this.ads.post(this.ines, this.fixtures.sharedCare("Annonce après la reprise"));
        this.clock.advance(Duration.ofMinutes(5));
        this.job.run();

        List<OutgoingMail> sent = this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).text()).contains("Annonce après la reprise").doesNotContain("pendant l’arrêt");
        assertThat(this.searches.unsubscribe(firstToken)).get()
            .satisfies((found) -> assertThat(found.alertsOn()).isFalse());
    }

    @Test
    void unsubscribeWhenTheLinkIsWrongShouldFindNothing() {
        SavedSearch search = save(SHARED_CARE, AlertFrequency.IMMEDIATE);
        this.ads.post(this.ines, this.fixtures.sharedCare(AlertFixtures.SHARED_TITLE));
        this.clock.advance(Duration.ofMinutes(5));
        this.job.run();
        String token = token(this.mails.last());
        String key = token.substring(token.lastIndexOf('.') + 1);
        SavedSearch other = save("garde=REGULAR", AlertFrequency.DAILY);

        List<String> wrong = new ArrayList<>(List.of("", "abc", token.substring(0, token.length() - 1),
                search.id() + "." + "A".repeat(43), other.id() + "." + key, "nothing." + key));
        wrong.add(null);

        for (String attempt : wrong) {
            assertThat(this.searches.unsubscribe(attempt)).as(String.valueOf(attempt)).isEmpty();
        }
        assertThat(this.searches.listOwn(this.camille)).allSatisfy((found) -> assertThat(found.alertsOn()).isTrue());
    }

    @Test
    void deletingTheSearchShouldStopItsAlertsAndVoidItsLinks() {
        SavedSearch search = save(SHARED_CARE, AlertFrequency.IMMEDIATE);
        this.ads.post(this.ines, this.fixtures.sharedCare(AlertFixtures.SHARED_TITLE));
        this.clock.advance(Duration.ofMinutes(5));
        this.job.run();
        String token = token(this.mails.last());

        this.searches.delete(this.camille, search.id());
        this.ads.post(this.ines, this.fixtures.sharedCare("Seconde annonce de garde partagée"));
        this.clock.advance(Duration.ofMinutes(5));
        this.job.run();

        assertThat(this.mails.sentTo(AlertFixtures.CAMILLE_EMAIL)).hasSize(1);
        assertThat(this.searches.unsubscribe(token)).isEmpty();
    }

    /**
     * Camille saves a search, then a minute passes, so that ads posted next are published
     * after it.
     */
    private SavedSearch save(String query, AlertFrequency frequency) {
        SavedSearch saved = this.searches.save(this.camille, query, null, frequency.name(), Locale.FRENCH);
        this.clock.advance(Duration.ofMinutes(1));
        return saved;
    }

    private void at(String localTime) {
        this.clock.set(OffsetDateTime.parse(localTime).toInstant());
    }

    /** An ad stored as published at {@code publishedAt}, whatever the clock says. */
    private Ad storePublished(String ownerId, String title, Instant publishedAt) {
        AdRepository repository = new AdRepository(this.clock);
        Ad posted = this.ads.post(ownerId, this.fixtures.sharedCare(title));
        return this.jcr.write((session) -> {
            Ad stored = repository.findForUpdate(session, posted.id()).orElseThrow();
            AdContent content = stored.content();
            Ad backdated = new Ad(stored.id(), stored.ownerId(), stored.status(), content, stored.createdAt(),
                    publishedAt, publishedAt.plus(Duration.ofDays(30)), null, null);
            repository.update(session, backdated);
            return backdated;
        });
    }

    private static String token(OutgoingMail mail) {
        Matcher matcher = UNSUBSCRIBE.matcher(mail.text());
        assertThat(matcher.find()).as("a stop link in " + mail.text()).isTrue();
        return matcher.group(1);
    }

}
