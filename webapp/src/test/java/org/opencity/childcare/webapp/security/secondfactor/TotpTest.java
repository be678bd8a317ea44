package org.opencity.childcare.webapp.security.secondfactor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The codes must be the ones authenticator applications show, or no one can log in: the
 * reference values of RFC 6238 (SHA-1), cut to six digits as applications show them.
 */
class TotpTest {

    /** The RFC's SHA-1 key, "12345678901234567890", in base 32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest
    @CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
            "20000000000, 353130" })
    void codeShouldMatchTheRfcReferenceValues(long seconds, String expected) {
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(seconds))).isEqualTo(expected);
    }

    @Test
    void base32ShouldRoundTripAndIgnoreSpacesAndCase() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        assertThat(Base32.encode(key)).isEqualTo(RFC_SECRET);
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(key);
        assertThat(Base32.grouped(RFC_SECRET)).startsWith("GEZD GNBV GY3T");
    }

    @Test
    void matchingStepShouldAcceptOneStepOfDriftEitherWayAndNoMore() {
        byte[] key = Base32.decode(RFC_SECRET);
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(key, Totp.code(key, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(key, Totp.code(key, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(key, Totp.code(key, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(key, "12345", now)).isEmpty();
    }

    @Test
    void recoveryCodesShouldBeTenDistinctAndRecognisedWhateverTheCaseOrDash() {
        var codes = RecoveryCodes.generate(new java.security.SecureRandom());

        assertThat(codes).hasSize(10)
            .doesNotHaveDuplicates()
            .allMatch((code) -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        String code = codes.get(0);
        assertThat(RecoveryCodes.looksLikeCode(code.toUpperCase().replace("-", " "))).isTrue();
        assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", ""))).isEqualTo(RecoveryCodes.hash(code));
        assertThat(RecoveryCodes.looksLikeCode("123456")).isFalse();
    }

}
