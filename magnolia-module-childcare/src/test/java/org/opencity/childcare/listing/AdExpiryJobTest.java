package org.opencity.childcare.listing;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.notify.RecordingMailTransport;
import org.opencity.childcare.notify.TestLinks;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.token.InvalidTokenException;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.token.TokenState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AdExpiryJob}, travelling in time on a real repository: the reminder
 * and its one-click renewal, expiry at 30 days, the purge after the retention period, and
 * runs that overlap.
 */
class AdExpiryJobTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final RecordingMailTransport mails = new RecordingMailTransport();

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    private JcrTemplate jcr;

    private OneTimeTokens tokens;

    private AdService ads;

    private String family;

    private Instant postedAt;

    @BeforeEach
    void startEmpty() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
        this.tokens = new OneTimeTokens(this.clock, new SecureRandom());
        this.ads = new AdService(this.jcr, Personas.neighbourhoods(), this.mails.mailer(), new TestLinks(), this.tokens,
                this.clock, AdSettings.defaults());
        this.family = new TestMembers(this.jcr, this.clock).active(Personas.family(this.clock));
        this.postedAt = this.clock.instant();
    }

    /**
     * Lets background work finish rather than interrupting it: an interrupt inside
     * Jackrabbit closes its database connection and breaks the repository for later
     * tests.
     */
    @AfterEach
    void stopThreads() throws InterruptedException {
        this.threads.shutdown();
        assertThat(this.threads.awaitTermination(60, TimeUnit.SECONDS)).as("background work finished").isTrue();
    }

    @Test
    void runWhenTwentySevenDaysOldShouldRemindOnceWithTitleExpiryAndRenewLink() {
        Ad ad = post();
        travelTo(Duration.ofDays(26).plusHours(23));
        assertThat(job().run().reminded()).as("reminded before 27 days").isZero();

        travelTo(Duration.ofDays(27));
        AdExpiryJob.Result first = job().run();
        AdExpiryJob.Result second = job().run();

        assertThat(first.reminded()).isEqualTo(1);
        assertThat(second.reminded()).isZero();
        assertThat(this.mails.sentTo(Personas.FAMILY_EMAIL)).singleElement().satisfies((mail) -> {
            assertThat(mail.subject()).contains("expiration");
            assertThat(mail.text()).contains("Bonjour Camille,")
                .contains(SampleAds.TITLE)
                .contains("9 avril 2026 à 09:30")
                .contains("https://ville.example/services-en-ligne/garde-d-enfant/annonces/renouveler?jeton=")
                .contains("https://ville.example/services-en-ligne/garde-d-enfant/annonces/" + ad.id());
        });
    }

    @Test
    void renewWithTokenFromTheReminderShouldRenewWithoutLoginAndOnlyOnce() {
        Ad ad = post();
        travelTo(Duration.ofDays(27));
        job().run();
        String token = TestLinks.tokenIn(this.mails.last());
        this.clock.advance(Duration.ofHours(2));

        Ad renewed = this.ads.renewWithToken(token);

        assertThat(renewed.id()).isEqualTo(ad.id());
        assertThat(renewed.expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofDays(30)));
        assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> this.ads.renewWithToken(token))
            .satisfies((ex) -> assertThat(ex.state()).isEqualTo(TokenState.USED));
        assertThat(stored(ad.id()).expiresAt()).isEqualTo(renewed.expiresAt());
    }

    @RepeatedTest(5)
    void renewWithTokenWhenUsedTwiceAtOnceShouldRenewOnce() throws Exception {
        Ad ad = post();
        travelTo(Duration.ofDays(27));
        job().run();
        String token = TestLinks.tokenIn(this.mails.last());
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> click = () -> {
            start.await();
            try {
                this.ads.renewWithToken(token);
                return true;
            }
            catch (InvalidTokenException ex) {
                return false;
            }
        };

        List<Future<Boolean>> clicks = List.of(this.threads.submit(click), this.threads.submit(click));
        start.countDown();

        assertThat(List.of(clicks.get(0).get(30, TimeUnit.SECONDS), clicks.get(1).get(30, TimeUnit.SECONDS)))
            .containsExactlyInAnyOrder(true, false);
        assertThat(history(ad.id())).filteredOn((action) -> action.equals("AD_RENEWED")).hasSize(1);
    }

    @Test
    void runAfterRenewalShouldRemindAgainBeforeTheNewExpiry() {
        Ad ad = post();
        travelTo(Duration.ofDays(27));
        job().run();
        this.ads.renewWithToken(TestLinks.tokenIn(this.mails.last()));
        this.mails.clear();

        travelTo(Duration.ofDays(53));
        assertThat(job().run().reminded()).isZero();
        travelTo(Duration.ofDays(54));
        assertThat(job().run().reminded()).isEqualTo(1);

        assertThat(this.mails.sent()).hasSize(1);
        assertThat(stored(ad.id()).status()).isEqualTo(AdStatus.PUBLISHED);
    }

    @Test
    void runAtThirtyDaysShouldExpireTheAd() {
        Ad ad = post();
        travelTo(Duration.ofDays(29).plusHours(23).plusMinutes(59));
        assertThat(job().run().expired()).isZero();
        assertThat(stored(ad.id()).status()).isEqualTo(AdStatus.PUBLISHED);

        travelTo(Duration.ofDays(30));
        AdExpiryJob.Result result = job().run();

        assertThat(result.expired()).isEqualTo(1);
        assertThat(stored(ad.id()).status()).isEqualTo(AdStatus.EXPIRED);
        assertThat(history(ad.id())).endsWith("AD_EXPIRED");
    }

    @Test
    void runTwiceShouldGiveTheSameResultAndOneReminder() {
        Ad ad = post();
        travelTo(Duration.ofDays(31));

        AdExpiryJob.Result first = job().run();
        AdExpiryJob.Result second = job().run();

        assertThat(first).isEqualTo(new AdExpiryJob.Result(1, 0, 0, 0));
        assertThat(second).isEqualTo(new AdExpiryJob.Result(0, 0, 0, 0));
        assertThat(stored(ad.id()).status()).isEqualTo(AdStatus.EXPIRED);
        assertThat(this.mails.sent()).as("no reminder for an ad already past its end").isEmpty();
    }

    @RepeatedTest(5)
    void runOnTwoNodesAtOnceShouldRemindEachOwnerOnceWithoutFailing() throws Exception {
        List<Ad> posted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            posted.add(post());
        }
        travelTo(Duration.ofDays(27).plusHours(1));
        CountDownLatch start = new CountDownLatch(1);
        Callable<AdExpiryJob.Result> node = () -> {
            start.await();
            return job().run();
        };

        List<Future<AdExpiryJob.Result>> runs = List.of(this.threads.submit(node), this.threads.submit(node));
        start.countDown();
        AdExpiryJob.Result one = runs.get(0).get(60, TimeUnit.SECONDS);
        AdExpiryJob.Result other = runs.get(1).get(60, TimeUnit.SECONDS);

        assertThat(one.reminded() + other.reminded()).isEqualTo(posted.size());
        assertThat(this.mails.sentTo(Personas.FAMILY_EMAIL)).hasSize(posted.size());
        assertThat(this.mails.sent().stream().map(TestLinks::tokenIn).distinct()).hasSize(posted.size());
    }

    @RepeatedTest(2)
    void runOnTwoNodesAtOnceAtExpiryShouldExpireEachAdOnce() throws Exception {
        List<Ad> posted = List.of(post(), post(), post());
        travelTo(Duration.ofDays(30));
        CountDownLatch start = new CountDownLatch(1);
        Callable<AdExpiryJob.Result> node = () -> {
            start.await();
            return job().run();
        };

        List<Future<AdExpiryJob.Result>> runs = List.of(this.threads.submit(node), this.threads.submit(node));
        start.countDown();
        AdExpiryJob.Result one = runs.get(0).get(60, TimeUnit.SECONDS);
        AdExpiryJob.Result other = runs.get(1).get(60, TimeUnit.SECONDS);
        job().run();

        assertThat(one.expired() + other.expired()).isLessThanOrEqualTo(posted.size());
        for (Ad ad : posted) {
            assertThat(stored(ad.id()).status()).isEqualTo(AdStatus.EXPIRED);
            assertThat(history(ad.id())).filteredOn((action) -> action.equals("AD_EXPIRED")).hasSize(1);
        }
    }

    @Test
    void runAfterRetentionShouldPurgeTheExpiredAd() {
        Ad ad = post();
        travelTo(Duration.ofDays(30));
        job().run();

        travelTo(Duration.ofDays(30 + 179));
        assertThat(job().run().purged()).isZero();
        assertThat(exists(ad.id())).isTrue();

        travelTo(Duration.ofDays(30 + 180).plusMinutes(1));
        AdExpiryJob.Result result = job().run();

        assertThat(result.purged()).isEqualTo(1);
        assertThat(exists(ad.id())).isFalse();
    }

    @Test
    void runShouldPurgeAWithdrawnAdAfterRetentionButNeverAListedOne() {
        Ad withdrawn = this.ads.withdraw(this.family, post().id());
        Ad listed = post();

        for (int month = 1; month <= 7; month++) {
            travelTo(Duration.ofDays(29L * month));
            this.ads.renew(this.family, listed.id());
            job().run();
        }

        assertThat(Duration.between(this.postedAt, this.clock.instant())).isGreaterThan(Duration.ofDays(180));
        assertThat(exists(withdrawn.id())).isFalse();
        assertThat(stored(listed.id()).isListedAt(this.clock.instant())).isTrue();
    }

    @Test
    void runShouldLeaveAnAdRenewedAfterExpiryInTheListings() {
        Ad ad = post();
        travelTo(Duration.ofDays(31));
        job().run();

        Ad renewed = this.ads.renew(this.family, ad.id());
        travelTo(Duration.ofDays(40));

        assertThat(job().run()).isEqualTo(new AdExpiryJob.Result(0, 0, 0, 0));
        assertThat(stored(ad.id())).isEqualTo(renewed);
    }

    private Ad post() {
        return this.ads.post(this.family, SampleAds.sharedCare(this.clock));
    }

    private void travelTo(Duration sincePosted) {
        this.clock.set(this.postedAt.plus(sincePosted));
    }

    private AdExpiryJob job() {
        return new AdExpiryJob(this.jcr, this.mails.mailer(), new TestLinks(), this.tokens, this.clock,
                AdSettings.defaults());
    }

    private Ad stored(String id) {
        return this.jcr.read((session) -> new AdRepository().findById(session, id)).orElseThrow();
    }

    private boolean exists(String id) {
        return this.jcr.read((session) -> new AdRepository().findById(session, id)).isPresent();
    }

    private List<String> history(String id) {
        return this.jcr.read((session) -> new org.opencity.childcare.moderation.AuditLog().forSubject(session, id))
            .stream()
            .map((entry) -> entry.action())
            .toList();
    }

}
