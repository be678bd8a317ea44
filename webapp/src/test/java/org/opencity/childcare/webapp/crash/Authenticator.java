package org.opencity.childcare.webapp.crash;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.webapp.security.secondfactor.Totp;

/**
 * The webmaster's authenticator application: paired with the secret the enrolment page
 * shows on the first login, it then gives a code for each login. The host accepts each
 * code once, so a login in the same 30 seconds as the previous one waits for the next.
 */
final class Authenticator {

    private @Nullable String secret;

    private long lastStep = Long.MIN_VALUE;

    boolean paired() {
        return this.secret != null;
    }

    void pair(String secret) {
        this.secret = secret.replace(" ", "");
    }

    String code() throws InterruptedException {
        if (this.secret == null) {
            throw new IllegalStateException("The authenticator is not paired yet");
        }
        long step = Totp.step(Instant.now());
        while (step <= this.lastStep) {
            Thread.sleep(1_000);
            step = Totp.step(Instant.now());
        }
        this.lastStep = step;
        return Totp.code(this.secret, Instant.now());
    }

}
