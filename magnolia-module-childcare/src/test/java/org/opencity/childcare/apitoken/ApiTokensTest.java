package org.opencity.childcare.apitoken;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.testing.JcrTestRepository;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.validation.FieldError;
import org.opencity.childcare.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ApiTokens} in a real repository: a token carries 256 random bits, is
 * stored only hashed, expires at the end of the chosen day, at most a year ahead, and
 * stops working when revoked.
 */
class ApiTokensTest {

    @RegisterExtension
    static JcrTestRepository repository = new JcrTestRepository();

    private static final String MEMBER = "c0ffee00-0000-4000-8000-000000000042";

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private ApiTokens tokens;

    private JcrTemplate jcr;

    @BeforeEach
    void startEmpty() throws RepositoryException {
        repository.clean();
        this.jcr = new JcrTemplate(repository.sessionFactory());
        this.jcr.ensureFolders(ApiTokens.ROOT);
        this.tokens = new ApiTokens(this.jcr, this.clock, new SecureRandom());
    }

    @Test
    void aNewTokenShouldCarry256RandomBitsAndAuthenticateItsMember() {
        IssuedApiToken issued = this.tokens.create(MEMBER, "Relais", "READ_WRITE", null);

        String random = issued.secret().substring(ApiTokens.PREFIX.length());
        assertThat(Base64.getUrlDecoder().decode(random)).hasSize(32);
        assertThat(this.tokens.authenticate(issued.secret())).get()
            .satisfies((token) -> assertThat(token.memberId()).isEqualTo(MEMBER))
            .satisfies((token) -> assertThat(token.scope()).isEqualTo(ApiScope.READ_WRITE));
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(this.tokens.authenticate(issued.secret() + "x")).isEmpty();
        assertThat(this.tokens.authenticate("cct_")).isEmpty();
        assertThat(this.tokens.authenticate(null)).isEmpty();
    }

    @Test
    void aTokenShouldRecordItsUseToTheNearestFewMinutes() {
        IssuedApiToken issued = this.tokens.create(MEMBER, "Relais", "READ", null);
        assertThat(this.tokens.listOwn(MEMBER).get(0).lastUsedAt()).isNull();

        this.tokens.authenticate(issued.secret());

        assertThat(this.tokens.listOwn(MEMBER).get(0).lastUsedAt()).isEqualTo(this.clock.instant());
    }

    @Test
    void aTokenShouldExpireAtTheEndOfItsDayAndStayListed() {
        LocalDate tomorrow = LocalDate.now(this.clock).plusDays(1);
        IssuedApiToken issued = this.tokens.create(MEMBER, "Court", "READ", tomorrow.toString());

        this.clock.set(tomorrow.atTime(23, 59).atZone(this.clock.getZone()).toInstant());
        assertThat(this.tokens.authenticate(issued.secret())).isPresent();
        this.clock.advance(Duration.ofMinutes(1));
        assertThat(this.tokens.authenticate(issued.secret())).isEmpty();
        assertThat(this.tokens.listOwn(MEMBER)).singleElement()
            .satisfies((token) -> assertThat(token.isValidAt(this.clock.instant())).isFalse());
    }

    @Test
    void theDefaultExpiryShouldBeNinetyDaysAndTheLatestAYear() {
        IssuedApiToken issued = this.tokens.create(MEMBER, "Défaut", "READ", "");

        assertThat(issued.token().expiresAt())
            .isEqualTo(LocalDate.now(this.clock).plusDays(91).atStartOfDay(this.clock.getZone()).toInstant());
        assertThat(this.tokens.latestExpiryDate()).isEqualTo(LocalDate.now(this.clock).plusDays(365));
        assertThat(errorsOf("Trop tard", "READ", LocalDate.now(this.clock).plusDays(366).toString()))
            .containsExactly("expiresOn");
        assertThat(errorsOf("Aujourd’hui", "READ", LocalDate.now(this.clock).toString())).containsExactly("expiresOn");
        assertThat(errorsOf("Date", "READ", "31/12/2027")).containsExactly("expiresOn");
        assertThat(errorsOf(" ", "WRITE", null)).containsExactly("name", "scope");
        assertThat(errorsOf("x".repeat(ApiTokens.NAME_MAX + 1), "READ", null)).containsExactly("name");
    }

    @Test
    void aRevokedTokenShouldStopWorkingAndOnlyItsMemberMayRevokeIt() {
        IssuedApiToken issued = this.tokens.create(MEMBER, "Relais", "READ", null);
        String id = issued.token().id();

        assertThatExceptionOfType(ApiTokenNotFoundException.class)
            .isThrownBy(() -> this.tokens.revoke("someone-else", id));
        assertThat(this.tokens.authenticate(issued.secret())).isPresent();
        this.tokens.revoke(MEMBER, id);

        assertThat(this.tokens.authenticate(issued.secret())).isEmpty();
        assertThat(this.tokens.listOwn(MEMBER)).isEmpty();
        assertThatExceptionOfType(ApiTokenNotFoundException.class).isThrownBy(() -> this.tokens.revoke(MEMBER, id));
    }

    @Test
    void aMemberShouldHoldAtMostTenTokens() {
        for (int i = 0; i < ApiTokens.MAX_PER_MEMBER; i++) {
            this.tokens.create(MEMBER, "Jeton " + i, "READ", null);
        }

        assertThat(errorsOf("Un de trop", "READ", null)).containsExactly("token");
        assertThat(this.tokens.listOwn(MEMBER)).hasSize(ApiTokens.MAX_PER_MEMBER);
    }

    private java.util.List<String> errorsOf(String name, String scope, String expiresOn) {
        try {
            this.tokens.create(MEMBER, name, scope, expiresOn);
        }
        catch (InvalidInputException ex) {
            return ex.errors().all().stream().map(FieldError::field).toList();
        }
        return java.util.List.of();
    }

}
