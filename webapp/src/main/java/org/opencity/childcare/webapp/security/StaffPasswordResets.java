package org.opencity.childcare.webapp.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The operator's way out for a staff member no webmaster can help, such as the only
 * webmaster who forgot their password: start the host with
 * {@code childcare.staff.reset-password=<user name>[,…]} and each named account gets a
 * new random password, printed once in the log, which its next login asks to replace; its
 * open sessions end. Someone with access to the server's configuration is trusted to have
 * checked who asked.
 */
@Component
class StaffPasswordResets implements ApplicationRunner {

    private static final Logger logger = LoggerFactory.getLogger(StaffPasswordResets.class);

    private final StaffAccounts accounts;

    private final StaffPasswords passwords;

    private final List<String> usernames;

    StaffPasswordResets(StaffAccounts accounts, StaffPasswords passwords,
            @Value("${childcare.staff.reset-password:}") List<String> usernames) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.usernames = usernames;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String username : this.usernames) {
            String name = username.strip();
            if (name.isEmpty()) {
                continue;
            }
            this.accounts.find(name).ifPresentOrElse((account) -> {
                String password = this.passwords.generate(account.username(), account.displayName());
                this.accounts.changePassword(account.username(), this.passwords.hash(password), true);
                logger.warn(
                        "Staff account '{}' given the new password '{}' by configuration (shown only this once: "
                                + "the next login asks to replace it); remove the setting now",
                        account.username(), password);
            }, () -> logger.warn("Password reset asked for '{}', which is not a staff account", name));
        }
    }

}
