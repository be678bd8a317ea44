package org.opencity.childcare.webapp.security;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff's {@link StoredAccountFilter}: a session of an account disabled since, or
 * opened before the account's password or second factor changed
 * ({@link StaffAccount#sessionVersion()}), ends at its next request. Requests of
 * visitors, members and half-done logins pass untouched.
 */
public final class ActiveStaffFilter extends StoredAccountFilter {

    private static final Logger logger = LoggerFactory.getLogger(ActiveStaffFilter.class);

    private final StaffAccounts accounts;

    public ActiveStaffFilter(StaffAccounts accounts, Refusal refusal) {
        super(refusal);
        this.accounts = accounts;
    }

    @Override
    @Nullable Reason refusalFor(Object principal) {
        if (!(principal instanceof StaffPrincipal staff)) {
            return null;
        }
        Optional<StaffAccount> stored = this.accounts.find(staff.getUsername());
        if (stored.isEmpty() || !stored.get().active()) {
            logger.info("Session of staff account '{}' ended: account disabled", staff.getUsername());
            return Reason.INACTIVE;
        }
        if (stored.get().sessionVersion() != staff.account().sessionVersion()) {
            logger.info("Session of staff account '{}' ended: password or second factor changed", staff.getUsername());
            return Reason.CREDENTIALS_CHANGED;
        }
        return null;
    }

}
