package org.opencity.childcare.privacy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencity.childcare.conversation.Neighbours;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.member.PrefixPasswordHasher;
import org.opencity.childcare.notify.MailComposer;
import org.opencity.childcare.notify.Mailer;
import org.opencity.childcare.notify.OutgoingMail;
import org.opencity.childcare.notify.RecordingMailTransport;
import org.opencity.childcare.notify.TestLinks;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.token.OneTimeTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link InactiveAccounts}, travelling in time on a real repository: Camille
 * was approved on 10 March 2026 and never logged in since; two years later her account
 * goes, after one warning mail, unless she logs in.
 */
class InactiveAccountsTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final RecordingMailTransport mails = new RecordingMailTransport();

    private final Instant approvedAt = this.clock.instant();

    private JcrTemplate jcr;

    private Leavers leavers;

    private String camille;

    @BeforeEach
    void camilleApprovedToday() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
        this.leavers = new Leavers(this.jcr, this.clock, this.mails);
        this.camille = this.leavers.active(Personas.family(this.clock));
        this.mails.clear();
    }

    @Test
    void runShouldWarnOnceThirtyDaysBeforeTheTwoYearsWithTheDateAndALoginLink() {
        travelTo(Duration.ofDays(699));
        assertThat(job().run().warned()).as("warned before 700 days").isZero();

        travelTo(Duration.ofDays(700));
        InactiveAccounts.Result first = job().run();
        this.clock.advance(Duration.ofDays(1));
        InactiveAccounts.Result second = job().run();

        assertThat(first.warned()).isEqualTo(1);
        assertThat(second.warned()).isZero();
        assertThat(this.mails.sentTo(Personas.FAMILY_EMAIL)).singleElement().satisfies((mail) -> {
            assertThat(mail.subject()).isEqualTo("Garde d’enfant : votre compte sera bientôt supprimé");
            assertThat(mail.text()).contains("Bonjour Camille,")
                .contains("Votre compte sera supprimé le 10 mars 2028, connectez-vous pour le garder.")
                .contains(new TestLinks().login());
        });
        assertThat(this.leavers.exists(this.camille)).isTrue();
    }

    @Test
    void runWhenTheDateOfTheWarningHasComeShouldDeleteTheAccountAndItsAds() {
        Ad ad = this.leavers.neighbours().sharedCareAd(this.camille);
        travelTo(Duration.ofDays(700));
        job().run();

        this.clock.set(Instant.parse("2028-03-09T23:00:00Z"));
        assertThat(job().run().deleted()).as("deleted the day before").isZero();
        this.clock.set(Instant.parse("2028-03-10T03:41:00Z"));
        InactiveAccounts.Result result = job().run();

        assertThat(result.deleted()).isEqualTo(1);
        assertThat(this.leavers.exists(this.camille)).isFalse();
        assertThat(this.leavers.neighbours().ads().findVisible(this.camille, ad.id())).isEmpty();
        assertThat(this.mails.sentTo(Personas.FAMILY_EMAIL)).as("mails: the warning only").hasSize(1);
    }

    @Test
    void loginAfterTheWarningShouldKeepTheAccountAndCancelTheWarning() {
        travelTo(Duration.ofDays(700));
        job().run();
        this.clock.advance(Duration.ofDays(10));

        job().recordLogin(this.camille);
        this.clock.set(Instant.parse("2028-03-10T03:41:00Z"));
        InactiveAccounts.Result result = job().run();

        assertThat(result.deleted()).isZero();
        assertThat(result.warned()).isZero();
        assertThat(this.leavers.exists(this.camille)).isTrue();
        assertThat(job().activityOf(this.camille)).hasValueSatisfying((activity) -> {
            assertThat(activity.warned()).isFalse();
            assertThat(activity.lastLoginAt()).isEqualTo(this.approvedAt.plus(Duration.ofDays(710)));
        });
        assertThat(this.mails.sentTo(Personas.FAMILY_EMAIL)).hasSize(1);
    }

    @Test
    void runWhenAnAccountIsLongPastTheTwoYearsShouldStillGiveItThirtyDays() {
        travelTo(Duration.ofDays(900));
        job().run();

        assertThat(this.mails.last().text()).contains("le 26 septembre 2028");
        this.clock.set(Instant.parse("2028-09-25T23:59:00Z"));
        assertThat(job().run().deleted()).isZero();
        this.clock.set(Instant.parse("2028-09-26T03:41:00Z"));
        assertThat(job().run().deleted()).isEqualTo(1);
    }

    @Test
    void runShouldLeaveSuspendedMembersAlone() {
        new Neighbours(this.jcr, this.clock, this.mails).suspend(this.camille);
        travelTo(Duration.ofDays(800));

        InactiveAccounts.Result result = job().run();

        assertThat(result.warned()).isZero();
        assertThat(this.mails.sent()).isEmpty();
        assertThat(this.leavers.exists(this.camille)).isTrue();
    }

    @Test
    void runWhenTheWarningCannotBeSentShouldTryAgainNextNightAndNotDeleteUnwarned() {
        AtomicInteger attempts = new AtomicInteger();
        Mailer failingOnce = new Mailer(new MailComposer(Messages.module(), RecordingMailTransport.SITE),
                (OutgoingMail mail) -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("SMTP server unreachable");
                    }
                    this.mails.send(mail);
                });
        travelTo(Duration.ofDays(700));

        assertThat(job(failingOnce).run().warned()).isZero();
        assertThat(job(failingOnce).activityOf(this.camille))
            .hasValueSatisfying((activity) -> assertThat(activity.warnedAt()).as("no warning recorded").isNull());
        this.clock.advance(Duration.ofDays(1));
        assertThat(job(failingOnce).run().warned()).isEqualTo(1);
        assertThat(this.mails.sentTo(Personas.FAMILY_EMAIL)).hasSize(1);
    }

    private InactiveAccounts job() {
        return job(this.mails.mailer());
    }

    private InactiveAccounts job(Mailer mailer) {
        AccountDeletion deletion = new AccountDeletion(this.jcr, new PrefixPasswordHasher(),
                new OneTimeTokens(this.clock, new SecureRandom()), this.clock);
        return new InactiveAccounts(this.jcr, deletion, mailer, new TestLinks(), this.clock,
                InactivitySettings.defaults());
    }

    private void travelTo(Duration sinceApproval) {
        this.clock.set(this.approvedAt.plus(sinceApproval));
    }

}
