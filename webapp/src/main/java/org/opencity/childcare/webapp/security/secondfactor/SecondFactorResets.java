package org.opencity.childcare.webapp.security.secondfactor;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The operator's way out for a staff member who lost both phone and recovery codes: start
 * the host with {@code childcare.staff.reset-second-factor=<user name>[,…]} and those
 * accounts pair a new authenticator at their next login. Someone with access to the
 * server's configuration is trusted to have checked who asked.
 */
@Component
class SecondFactorResets implements ApplicationRunner {

    private static final Logger logger = LoggerFactory.getLogger(SecondFactorResets.class);

    private final SecondFactors factors;

    private final List<String> usernames;

    SecondFactorResets(SecondFactors factors,
            @Value("${childcare.staff.reset-second-factor:}") List<String> usernames) {
        this.factors = factors;
        this.usernames = usernames;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String username : this.usernames) {
            if (username.isBlank()) {
                continue;
            }
            if (this.factors.reset(username.strip())) {
                logger.warn("Second factor of staff account '{}' reset by configuration: its next login pairs "
                        + "a new authenticator; remove the setting now", username.strip());
            }
            else {
                logger.warn("Second factor reset asked for '{}', which is not a paired staff account",
                        username.strip());
            }
        }
    }

}
