package org.opencity.childcare.listing;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.opencity.childcare.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Ad}: the 30-day life of a listing at its boundaries, renewal, and the
 * transitions the life cycle refuses.
 */
class AdTest {

    private static final Duration LIFETIME = Duration.ofDays(30);

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final Instant publishedAt = this.clock.instant();

    @Test
    void publishShouldExpireThirtyDaysLater() {
        Ad ad = draft().publish(this.publishedAt, LIFETIME);

        assertThat(ad.status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(ad.publishedAt()).isEqualTo(this.publishedAt);
        assertThat(ad.expiresAt()).isEqualTo(this.publishedAt.plus(Duration.ofDays(30)));
    }

    @Test
    void isListedAtWhenTwentyNineDaysTwentyThreeHoursFiftyNineMinutesShouldBeTrue() {
        Ad ad = published();

        Instant lastMinute = this.publishedAt.plus(Duration.ofDays(29).plusHours(23).plusMinutes(59));

        assertThat(ad.isListedAt(lastMinute)).isTrue();
        assertThat(ad.isDueToExpire(lastMinute)).isFalse();
    }

    @Test
    void isListedAtWhenExactlyThirtyDaysShouldBeFalseAndDueToExpire() {
        Ad ad = published();

        Instant end = this.publishedAt.plus(Duration.ofDays(30));

        assertThat(ad.isListedAt(end)).isFalse();
        assertThat(ad.isDueToExpire(end)).isTrue();
    }

    @Test
    void isListedAtWhenNotPublishedShouldBeFalse() {
        assertThat(draft().isListedAt(this.publishedAt)).isFalse();
        assertThat(draft().submitForReview().isListedAt(this.publishedAt)).isFalse();
        assertThat(published().withdraw().isListedAt(this.publishedAt.plusSeconds(60))).isFalse();
    }

    @Test
    void isListedAtWhenTheOwnerIsSuspendedShouldBeFalseAndTrueAgainOnceReactivated() {
        Ad hidden = published().withOwnerSuspended(true);
        Instant soon = this.publishedAt.plusSeconds(60);

        assertThat(hidden.isListedAt(soon)).isFalse();
        assertThat(hidden.isListable()).isFalse();
        assertThat(hidden.status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(hidden.renew(soon, LIFETIME).isListedAt(soon)).as("renewed meanwhile").isFalse();
        assertThat(hidden.withOwnerSuspended(false)).isEqualTo(published());
        assertThat(hidden.withOwnerSuspended(false).isListedAt(soon)).isTrue();
    }

    @Test
    void renewWhenOnLastDayShouldRestartThirtyDaysFromTheRenewal() {
        Ad ad = published();
        Instant lastDay = this.publishedAt.plus(Duration.ofDays(29).plusHours(10));

        Ad renewed = ad.renew(lastDay, LIFETIME);

        assertThat(renewed.status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(renewed.expiresAt()).isEqualTo(lastDay.plus(Duration.ofDays(30)));
        assertThat(renewed.publishedAt()).isEqualTo(this.publishedAt);
        assertThat(renewed.isListedAt(this.publishedAt.plus(Duration.ofDays(45)))).isTrue();
    }

    @Test
    void renewWhenExpiredShouldPublishAgain() {
        Instant end = this.publishedAt.plus(Duration.ofDays(30));
        Ad expired = published().expire(end);
        Instant later = end.plus(Duration.ofDays(2));

        Ad renewed = expired.renew(later, LIFETIME);

        assertThat(expired.status()).isEqualTo(AdStatus.EXPIRED);
        assertThat(renewed.status()).isEqualTo(AdStatus.PUBLISHED);
        assertThat(renewed.isListedAt(later)).isTrue();
        assertThat(renewed.expiresAt()).isEqualTo(later.plus(LIFETIME));
    }

    @Test
    void expireWhenStillWithinItsLifetimeShouldFail() {
        Ad ad = published();

        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> ad.expire(this.publishedAt.plus(Duration.ofDays(29))));
    }

    @Test
    void renewWhenWithdrawnShouldFail() {
        Ad withdrawn = published().withdraw();

        assertThatExceptionOfType(IllegalAdTransitionException.class)
            .isThrownBy(() -> withdrawn.renew(this.publishedAt, LIFETIME));
    }

    @Test
    void closeShouldRecordWhetherCareWasFound() {
        assertThat(published().close(true).foundCare()).isTrue();
        assertThat(published().close(false).foundCare()).isFalse();
        assertThat(published().close(true).status()).isEqualTo(AdStatus.CLOSED);
    }

    @Test
    void removeShouldKeepTheReason() {
        Ad removed = published().remove("Coordonnées dans le texte");

        assertThat(removed.status()).isEqualTo(AdStatus.REMOVED);
        assertThat(removed.reason()).isEqualTo("Coordonnées dans le texte");
    }

    private Ad draft() {
        return new Ad("ad-1", "member-1", AdStatus.DRAFT, SampleAds.sharedCareContent(this.clock),
                this.publishedAt.minusSeconds(5), null, null, null, null);
    }

    private Ad published() {
        return draft().publish(this.publishedAt, LIFETIME);
    }

}
