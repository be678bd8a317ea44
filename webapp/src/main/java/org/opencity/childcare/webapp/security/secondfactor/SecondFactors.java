package org.opencity.childcare.webapp.security.secondfactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import org.opencity.childcare.jcr.JcrTemplate;

/**
 * Enrols staff accounts in the second factor and checks what they type at login: a code
 * from their authenticator, good once, or one of their recovery codes, good once.
 * <p>
 * Checks and the updates they make are serialised, so that one code typed twice at once
 * is still accepted only once. (Across a cluster, two nodes could each accept the same
 * code within its 30 seconds; the password is still needed.)
 */
@Component
public class SecondFactors {

    /** What a login's second step made of the typed value. */
    public enum Outcome {

        /** A current code from the authenticator. */
        CODE_ACCEPTED,
        /** An unused recovery code, now spent. */
        RECOVERY_CODE_ACCEPTED,
        /** A code already used for a login: someone may have seen it. */
        CODE_ALREADY_USED,
        /** Neither a current code nor an unused recovery code. */
        WRONG

    }

    /** The outcome and how many recovery codes remain. */
    public record Check(Outcome outcome, int recoveryCodesLeft) {

        public boolean accepted() {
            return this.outcome == Outcome.CODE_ACCEPTED || this.outcome == Outcome.RECOVERY_CODE_ACCEPTED;
        }

    }

    private static final int SECRET_BYTES = 20;

    private final SecondFactorStore store;

    private final Clock clock;

    private final SecureRandom random;

    public SecondFactors(JcrTemplate jcr, Clock clock, SecureRandom random) {
        this.store = new SecondFactorStore(jcr);
        this.clock = clock;
        this.random = random;
    }

    public boolean enrolled(String username) {
        return this.store.find(username).isPresent();
    }

    /** A new random secret, in base 32, for an account about to enrol. */
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        this.random.nextBytes(secret);
        return Base32.encode(secret);
    }

    /**
     * Enrols the account with the secret its authenticator now holds, if the typed code
     * proves it, and gives the recovery codes to show once; empty if the code is wrong.
     */
    public synchronized Optional<List<String>> enrol(String username, String secret, String typed) {
        OptionalLong step = Totp.matchingStep(Base32.decode(secret), compact(typed), this.clock.instant());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = RecoveryCodes.generate(this.random);
        this.store.save(username, new SecondFactorStore.State(secret, step.getAsLong(), hashes(codes)));
        return Optional.of(codes);
    }

    /** Checks the second step of a login of an enrolled account. */
    public synchronized Check check(String username, String typed) {
        SecondFactorStore.State state = this.store.find(username)
            .orElseThrow(() -> new IllegalStateException("The account has no second factor"));
        String value = compact(typed);
        if (Totp.looksLikeCode(value)) {
            OptionalLong step = Totp.matchingStep(Base32.decode(state.secret()), value, this.clock.instant());
            if (step.isEmpty()) {
                return new Check(Outcome.WRONG, state.recoveryCodeHashes().size());
            }
            if (step.getAsLong() <= state.lastStep()) {
                return new Check(Outcome.CODE_ALREADY_USED, state.recoveryCodeHashes().size());
            }
            this.store.save(username,
                    new SecondFactorStore.State(state.secret(), step.getAsLong(), state.recoveryCodeHashes()));
            return new Check(Outcome.CODE_ACCEPTED, state.recoveryCodeHashes().size());
        }
        if (RecoveryCodes.looksLikeCode(value)) {
            List<String> left = new ArrayList<>(state.recoveryCodeHashes());
            if (left.remove(RecoveryCodes.hash(value))) {
                this.store.save(username, new SecondFactorStore.State(state.secret(), state.lastStep(), left));
                return new Check(Outcome.RECOVERY_CODE_ACCEPTED, left.size());
            }
        }
        return new Check(Outcome.WRONG, state.recoveryCodeHashes().size());
    }

    public int recoveryCodesLeft(String username) {
        return this.store.find(username).map((state) -> state.recoveryCodeHashes().size()).orElse(0);
    }

    /** Replaces the account's recovery codes with new ones, to show once. */
    public synchronized List<String> renewRecoveryCodes(String username) {
        SecondFactorStore.State state = this.store.find(username)
            .orElseThrow(() -> new IllegalStateException("The account has no second factor"));
        List<String> codes = RecoveryCodes.generate(this.random);
        this.store.save(username, new SecondFactorStore.State(state.secret(), state.lastStep(), hashes(codes)));
        return codes;
    }

    /**
     * Unpairs the account from its authenticator, for someone who lost both phone and
     * recovery codes: their next login pairs a new one. Returns whether it was paired.
     */
    public synchronized boolean reset(String username) {
        return this.store.remove(username);
    }

    /**
     * The address an authenticator application reads from the QR code: issuer, account
     * and secret.
     */
    public static String otpauthUri(String issuer, String username, String secret) {
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + Totp.STEP_SECONDS;
    }

    /** The secret as people type it into an application by hand, in groups of four. */
    public static String readable(String secret) {
        return Base32.grouped(secret);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String compact(String typed) {
        return typed.strip().replace(" ", "");
    }

    private static List<String> hashes(List<String> codes) {
        return codes.stream().map(RecoveryCodes::hash).toList();
    }

}
