package org.opencity.childcare.privacy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.opencity.childcare.i18n.Messages;

/**
 * The retention part of the privacy notice, in the visitor's language: one sentence per
 * kind of data, with the periods of {@link RetentionPeriods}. Periods read as a person
 * would say them: whole years as years, whole days as days, hours otherwise.
 */
public final class RetentionNotice {

    private static final String PREFIX = "childcare.privacyRetention.";

    private static final long DAYS_PER_YEAR = 365;

    private final RetentionPeriods periods;

    private final Messages messages;

    public RetentionNotice(RetentionPeriods periods, Messages messages) {
        this.periods = periods;
        this.messages = messages;
    }

    /** The sentences to list, in the order a member meets the data. */
    public List<String> lines(Locale locale) {
        InactivitySettings accounts = this.periods.accounts();
        return List.of(this.messages.get(PREFIX + "documents", locale),
                this.messages.get(PREFIX + "account", locale, duration(accounts.inactiveAfter(), locale),
                        duration(accounts.warningBefore(), locale)),
                this.messages.get(PREFIX + "ads", locale, duration(this.periods.ads().lifetime(), locale),
                        duration(this.periods.ads().retention(), locale)),
                this.messages.get(PREFIX + "conversations", locale, duration(this.periods.conversations(), locale)),
                this.messages.get(PREFIX + "deletion", locale));
    }

    /** A period in words: "2 ans", "180 jours", "72 heures". */
    String duration(Duration period, Locale locale) {
        long days = period.toDays();
        boolean wholeDays = period.equals(Duration.ofDays(days));
        if (wholeDays && days >= DAYS_PER_YEAR && days % DAYS_PER_YEAR == 0) {
            return this.messages.get(PREFIX + "years", locale, days / DAYS_PER_YEAR);
        }
        if (wholeDays && days > 0) {
            return this.messages.get(PREFIX + "days", locale, days);
        }
        return this.messages.get(PREFIX + "hours", locale, Math.max(1, period.toHours()));
    }

}
