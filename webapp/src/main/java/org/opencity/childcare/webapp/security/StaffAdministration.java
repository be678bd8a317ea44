package org.opencity.childcare.webapp.security;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.opencity.childcare.jcr.ConcurrentChangeException;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.TextRules;
import org.opencity.childcare.webapp.security.StaffActionRefusedException.Reason;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactors;

/**
 * What a webmaster does to colleagues' accounts: add one with a random first password,
 * give one a new password, unpair its authenticator, disable and re-enable it. The last
 * three end the account's open sessions. No webmaster changes their own account this way
 * (their password is theirs to change, and they could lock themselves out), and the last
 * active webmaster stays active. Each change is logged with who made it.
 */
@Component
public class StaffAdministration {

    public static final String USERNAME = "username";

    public static final String DISPLAY_NAME = "displayName";

    public static final String ROLE = "role";

    public static final int USERNAME_MIN = 3;

    public static final int USERNAME_MAX = 40;

    public static final int DISPLAY_NAME_MAX = 100;

    private static final Pattern USERNAME_PATTERN = Pattern
        .compile("[a-z0-9.-]{" + USERNAME_MIN + "," + USERNAME_MAX + "}");

    /**
     * Names the back office's own addresses use, such as the page that adds an account.
     */
    private static final Set<String> RESERVED = Set.of("nouveau");

    private static final Logger logger = LoggerFactory.getLogger(StaffAdministration.class);

    private final StaffAccounts accounts;

    private final StaffPasswords passwords;

    private final SecondFactors factors;

    StaffAdministration(StaffAccounts accounts, StaffPasswords passwords, SecondFactors factors) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.factors = factors;
    }

    /**
     * A new account and its first password, to show once.
     *
     * @param password the generated password, in clear: never stored nor logged
     */
    public record NewAccount(StaffAccount account, String password) {

    }

    /**
     * Adds an account with a random password; its first login pairs an authenticator.
     * Field errors on {@value #USERNAME} (missing, malformed, reserved or taken, whatever
     * the case), {@value #DISPLAY_NAME} and {@value #ROLE}; nothing is created then.
     */
    public NewAccount create(String actor, @Nullable String username, @Nullable String displayName,
            @Nullable String role) {
        FieldErrors errors = new FieldErrors();
        String name = TextRules.clean(username).toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            errors.reject(USERNAME, "backoffice.staff.error.usernameRequired");
        }
        else if (!USERNAME_PATTERN.matcher(name).matches()) {
            errors.reject(USERNAME, "backoffice.staff.error.usernameFormat", USERNAME_MIN, USERNAME_MAX);
        }
        else if (RESERVED.contains(name)) {
            errors.reject(USERNAME, "backoffice.staff.error.usernameReserved");
        }
        String shown = displayName(displayName, errors);
        String chosenRole = role(role, errors);
        errors.throwIfAny();

        String password = this.passwords.generate(name, shown);
        StaffAccount account = new StaffAccount(name, shown, chosenRole, this.passwords.hash(password)).provisional();
        boolean created;
        try {
            created = this.accounts.createIfAbsent(account);
        }
        catch (ConcurrentChangeException ex) {
            created = false;
        }
        if (!created) {
            errors.reject(USERNAME, "backoffice.staff.error.usernameTaken", name);
            errors.throwIfAny();
        }
        logger.info("Staff account '{}' created with role '{}' by '{}'", name, chosenRole, actor);
        return new NewAccount(account, password);
    }

    /**
     * Gives a colleague a new random password, to show once, for one who forgot theirs;
     * their open sessions end.
     */
    public String newPassword(String actor, String username) {
        StaffAccount account = colleague(actor, username, "given a new password");

        String password = this.passwords.generate(username, account.displayName());
        this.accounts.changePassword(username, this.passwords.hash(password), true);
        logger.info("Staff account '{}' given a new password by '{}'; its sessions end", username, actor);
        return password;
    }

    /**
     * Unpairs a colleague's authenticator and recovery codes, for one who lost their
     * phone: their next login pairs a new one. Their open sessions end first.
     * @return whether an authenticator was paired
     */
    public boolean resetSecondFactor(String actor, String username) {
        colleague(actor, username, "reset");

        this.accounts.endSessions(username);
        boolean paired = this.factors.reset(username);
        logger.info("Staff account '{}' second factor reset by '{}': its next login pairs a new authenticator",
                username, actor);
        return paired;
    }

    /**
     * Disables a colleague's account: it can no longer log in and its sessions end.
     * @throws StaffActionRefusedException for one's own account, an account disabled
     * already, or the last active webmaster
     */
    public void disable(String actor, String username) {
        colleague(actor, username, "disabled");
        try {
            this.accounts.disable(username);
        }
        catch (StaffActionRefusedException ex) {
            logger.info("Staff account '{}' not disabled by '{}': '{}'", username, actor, ex.reason());
            throw ex;
        }
        logger.info("Staff account '{}' disabled by '{}'; its sessions end", username, actor);
    }

    /**
     * Lets a disabled account log in again.
     * @throws StaffActionRefusedException for an account active already
     */
    public void enable(String actor, String username) {
        try {
            this.accounts.enable(username);
        }
        catch (StaffActionRefusedException ex) {
            logger.info("Staff account '{}' not re-enabled by '{}': '{}'", username, actor, ex.reason());
            throw ex;
        }
        logger.info("Staff account '{}' re-enabled by '{}'", username, actor);
    }

    /** The account, unless it is the actor's own. */
    private StaffAccount colleague(String actor, String username, String change) {
        if (actor.equals(username)) {
            logger.info("Staff account '{}' not {}: webmasters do not change their own account this way", username,
                    change);
            throw new StaffActionRefusedException(Reason.OWN_ACCOUNT);
        }
        return this.accounts.find(username)
            .orElseThrow(() -> new IllegalStateException("No staff account '" + username + "'"));
    }

    private static String displayName(@Nullable String typed, FieldErrors errors) {
        String text = TextRules.clean(typed);
        if (text.isEmpty()) {
            errors.reject(DISPLAY_NAME, "backoffice.staff.error.displayNameRequired");
        }
        else if (TextRules.length(text) > DISPLAY_NAME_MAX) {
            errors.reject(DISPLAY_NAME, "backoffice.staff.error.displayNameTooLong", DISPLAY_NAME_MAX);
        }
        else if (TextRules.hasControlCharacters(text) || text.matches("(?s).*[\\n\\r\\t].*")) {
            errors.reject(DISPLAY_NAME, "backoffice.staff.error.displayNameControl");
        }
        return text;
    }

    private static String role(@Nullable String typed, FieldErrors errors) {
        if (Roles.WEBMASTER.equals(typed) || Roles.EDITOR.equals(typed)) {
            return typed;
        }
        errors.reject(ROLE, "backoffice.staff.error.roleRequired");
        return "";
    }

}
