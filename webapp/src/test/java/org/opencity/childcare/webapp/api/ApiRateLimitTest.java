package org.opencity.childcare.webapp.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.opencity.childcare.member.Member;
import org.opencity.childcare.webapp.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes are limited (30 a minute by default) per token and per client address: past the
 * limit a client gets a 429 problem saying when to try again, while reads go on.
 */
@ApplicationTest
class ApiRateLimitTest {

    private final ApiFixtures fixtures;

    private final ApiProperties properties;

    @Autowired
    ApiRateLimitTest(MockMvc mvc, ApplicationContext context, ApiProperties properties) {
        this.fixtures = new ApiFixtures(mvc, context);
        this.properties = properties;
    }

    @Test
    void theWriteAfterTheLimitShouldBeA429WithRetryAfter() throws Exception {
        Member member = this.fixtures.family("limite");
        String token = this.fixtures.token(member, "READ_WRITE");
        int limit = this.properties.rateLimit().writes();
        assertThat(limit).as("the default").isEqualTo(30);

        for (int write = 0; write < limit; write++) {
            // Invalid searches: each is a write the limit counts, and none is saved.
            assertThat(save(token).getStatus()).as("write %d", write + 1).isEqualTo(422);
        }
        MockHttpServletResponse refused = save(token);

        ApiFixtures.assertProblem(refused, 429, "rate-limited");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(ApiFixtures.body(refused).path("title").asString()).isEqualTo("Trop de requêtes");
        assertThat(this.fixtures.perform(this.fixtures.request(HttpMethod.GET, ApiPaths.V1 + "/saved-searches", token))
            .getStatus()).as("reads are not limited").isEqualTo(200);
    }

    @Test
    void aBucketShouldRefillOverThePeriodAndKeepKeysApart() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);

        assertThat(limiter.take("a")).isZero();
        assertThat(limiter.take("a")).isZero();
        assertThat(limiter.take("a")).isZero();
        assertThat(limiter.take("a")).as("seconds to wait for one write").isEqualTo(20);
        assertThat(limiter.take("b")).as("another key").isZero();
        clock.advance(Duration.ofSeconds(20));
        assertThat(limiter.take("a")).isZero();
        assertThat(limiter.take("a")).isEqualTo(20);
    }

    private MockHttpServletResponse save(String token) throws Exception {
        return this.fixtures.perform(this.fixtures.json(HttpMethod.POST, ApiPaths.V1 + "/saved-searches", token,
                "{\"query\": \"garde=SHARED\", \"frequency\": \"HOURLY\"}"));
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void advance(Duration duration) {
            this.now = this.now.plus(duration);
        }

        @Override
        public Instant instant() {
            return this.now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

    }

}
