package org.opencity.childcare.privacy;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.listing.AdSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetentionNotice}: the privacy notice says the periods the jobs are
 * given, whatever the city configured, in words.
 */
class RetentionNoticeTest {

    @Test
    void linesWithTheDefaultsShouldSayTwoYearsThirtyDaysAndSixMonthsInDays() {
        RetentionNotice notice = new RetentionNotice(
                new RetentionPeriods(AdSettings.defaults(), InactivitySettings.defaults(), Duration.ofDays(180)),
                Messages.module());

        assertThat(notice.lines(Locale.FRENCH)).containsExactly(
                "Les justificatifs joints à une demande d’inscription sont supprimés dès que la demande est acceptée"
                        + " ou refusée.",
                "Votre compte est conservé tant que vous l’utilisez. Sans connexion pendant 2 ans, il est supprimé"
                        + " avec vos annonces, vos messages et vos recherches enregistrées ; un courriel vous prévient"
                        + " 30 jours avant.",
                "Une annonce reste en ligne 30 jours, et vous pouvez la prolonger. Retirée, clôturée ou expirée, elle"
                        + " est supprimée 180 jours après sa dernière modification.",
                "Une conversation est supprimée avec ses messages 180 jours après son dernier message.",
                "Si vous supprimez votre compte, tout cela est effacé aussitôt ; le journal des décisions garde"
                        + " seulement la trace de la suppression, sans vos données.");
    }

    @Test
    void linesShouldFollowTheConfiguredPeriodsInEnglishToo() {
        RetentionNotice notice = new RetentionNotice(new RetentionPeriods(
                new AdSettings(Duration.ofDays(14), Duration.ofDays(2), Duration.ofDays(1), false, Duration.ofDays(7)),
                new InactivitySettings(Duration.ofDays(365), Duration.ofHours(36)), Duration.ofHours(12)),
                Messages.module());

        assertThat(notice.lines(Locale.ENGLISH)).contains(
                "Your account is kept as long as you use it. Without a login for 1 year, it is deleted with your ads,"
                        + " messages and saved searches; an e-mail warns you 36 hours before.",
                "An ad stays online for 14 days, and you can extend it. Once withdrawn, closed or expired, it is"
                        + " deleted 1 day after its last change.",
                "A conversation is deleted with its messages 12 hours after its last message.");
    }

}
