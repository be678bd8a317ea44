package org.opencity.childcare.webapp.security;

import java.security.SecureRandom;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import org.opencity.childcare.member.PasswordPolicy;
import org.opencity.childcare.member.PasswordProblem;
import org.opencity.childcare.member.WrongPasswordException;
import org.opencity.childcare.validation.FieldErrors;

/**
 * Staff passwords: a staff member changing their own, judged by the members' password
 * policy, and the random ones the service hands out (a first password, a new one a
 * webmaster gives a colleague who forgot theirs).
 */
@Component
public class StaffPasswords {

    public static final String CURRENT = "currentPassword";

    public static final String NEW = "newPassword";

    public static final String CONFIRMATION = "confirmation";

    /**
     * The message key prefix of the policy's problems, followed by the problem's name.
     */
    static final String PROBLEM_KEYS = "backoffice.password.problem.";

    private static final Logger logger = LoggerFactory.getLogger(StaffPasswords.class);

    /** Longer than any password the policy accepts; not worth hashing. */
    private static final int TYPED_MAX = 1024;

    /**
     * Lower-case letters and digits without look-alikes (no i, l, o, 0, 1), to read
     * aloud.
     */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private static final int GROUPS = 5;

    private static final int GROUP_LENGTH = 4;

    private static final int GENERATION_ATTEMPTS = 10;

    private final StaffAccounts accounts;

    private final PasswordPolicy policy;

    private final PasswordEncoder encoder;

    private final SecureRandom random;

    StaffPasswords(StaffAccounts accounts, PasswordPolicy policy, PasswordEncoder encoder, SecureRandom random) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.random = random;
    }

    /**
     * Changes a signed-in staff member's password once they typed the current one again;
     * their open sessions end. Returns the account as stored now, for the session that
     * continues. Field errors on {@value #CURRENT} (missing, or wrong with a
     * {@link WrongPasswordException}, which the caller counts as a failed login),
     * {@value #NEW} (as the policy judges it, or unchanged) and {@value #CONFIRMATION};
     * nothing changes then.
     */
    public StaffAccount change(String username, @Nullable String current, @Nullable String chosen,
            @Nullable String confirmation) {
        StaffAccount account = this.accounts.find(username)
            .orElseThrow(() -> new IllegalStateException("No staff account '" + username + "'"));
        String raw = (chosen != null) ? chosen : "";
        FieldErrors errors = new FieldErrors();
        boolean wrong = false;
        if (current == null || current.isEmpty()) {
            errors.reject(CURRENT, "backoffice.password.error.currentRequired");
        }
        else if (!matches(current, account)) {
            errors.reject(CURRENT, "backoffice.password.error.currentWrong");
            wrong = true;
        }
        else if (PasswordPolicy.normalize(raw).equals(PasswordPolicy.normalize(current))) {
            errors.reject(NEW, "backoffice.password.error.same");
        }
        this.policy.check(raw, personalInputs(account.username(), account.displayName()))
            .ifPresent((problem) -> errors.reject(NEW, problemKey(problem)));
        if (!errors.has(NEW) && !raw.equals(confirmation)) {
            errors.reject(CONFIRMATION, "backoffice.password.error.confirmation");
        }
        if (wrong) {
            logger.info("Password change of staff account '{}' refused: wrong current password", username);
            throw new WrongPasswordException(errors);
        }
        errors.throwIfAny();

        StaffAccount changed = this.accounts.changePassword(username, this.encoder.encode(raw), false);
        logger.info("Staff account '{}' changed its own password; its other sessions end", username);
        return changed;
    }

    /**
     * A random password to hand over in person or by phone: five groups of four
     * characters (about 99 random bits), which the policy accepts for this account.
     */
    public String generate(String username, String displayName) {
        List<String> personal = personalInputs(username, displayName);
        for (int attempt = 0; attempt < GENERATION_ATTEMPTS; attempt++) {
            String candidate = randomGroups();
            if (this.policy.check(candidate, personal).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No generated password passed the password policy");
    }

    /** The hash to store for a password. */
    public String hash(String password) {
        return this.encoder.encode(password);
    }

    static String problemKey(PasswordProblem problem) {
        return PROBLEM_KEYS + problem.name();
    }

    private boolean matches(String typed, StaffAccount account) {
        return typed.length() <= TYPED_MAX && this.encoder.matches(typed, account.passwordHash());
    }

    private String randomGroups() {
        StringBuilder password = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }

    private static List<String> personalInputs(String username, String displayName) {
        return List.of(username, displayName);
    }

}
