package org.opencity.childcare.webapp.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import org.opencity.childcare.webapp.config.ChildcareProperties;

/**
 * Creates the first webmaster and editor accounts from the configuration on first start.
 * Where no password is configured, a random one is generated and printed once in the log:
 * it is the only way to learn it, and the log asks to change it at once. Further accounts
 * are added by webmasters in the back office.
 */
@Component
class FirstStaffAccounts implements ApplicationRunner {

    private static final Logger logger = LoggerFactory.getLogger(FirstStaffAccounts.class);

    private final StaffAccounts accounts;

    private final PasswordEncoder encoder;

    private final ChildcareProperties properties;

    private final StaffPasswords passwords;

    FirstStaffAccounts(StaffAccounts accounts, PasswordEncoder encoder, ChildcareProperties properties,
            StaffPasswords passwords) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        create(this.properties.staff().webmaster(), Roles.WEBMASTER);
        create(this.properties.staff().editor(), Roles.EDITOR);
    }

    private void create(ChildcareProperties.StaffAccount configured, String role) {
        boolean generated = !StringUtils.hasText(configured.password());
        String password = generated ? this.passwords.generate(configured.username(), configured.displayName())
                : configured.password();
        StaffAccount account = new StaffAccount(configured.username(), configured.displayName(), role,
                this.encoder.encode(password));
        if (!this.accounts.createIfAbsent(generated ? account.provisional() : account)) {
            return;
        }
        if (generated) {
            logger.info(
                    "First {} account '{}' created with the generated password '{}' (shown only this once: "
                            + "the first login asks to replace it, at '{}')",
                    role.toLowerCase(), configured.username(), password,
                    SecurityConfiguration.BACKOFFICE + "/securite");
        }
        else {
            logger.info("First {} account '{}' created with the configured password", role.toLowerCase(),
                    configured.username());
        }
    }

}
