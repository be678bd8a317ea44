package org.opencity.childcare.validation;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One child on a form, by birth month and year (or expected birth); never a name. Kept as
 * typed, so that a form shown again keeps the visitor's input.
 */
public class BirthMonthRow {

    private @Nullable String month;

    private @Nullable String year;

    public BirthMonthRow() {
    }

    public BirthMonthRow(@Nullable String month, @Nullable String year) {
        this.month = month;
        this.year = year;
    }

    public @Nullable String getMonth() {
        return this.month;
    }

    public void setMonth(@Nullable String month) {
        this.month = month;
    }

    public @Nullable String getYear() {
        return this.year;
    }

    public void setYear(@Nullable String year) {
        this.year = year;
    }

    public boolean isBlank() {
        return (this.month == null || this.month.isBlank()) && (this.year == null || this.year.isBlank());
    }

    /** The month typed, if it is one: a month from 1 to 12 and a four-digit year. */
    public @Nullable YearMonth toYearMonth() {
        try {
            int m = Integer.parseInt(TextRules.clean(this.month));
            int y = Integer.parseInt(TextRules.clean(this.year));
            return (m >= 1 && m <= 12 && y >= 1900 && y <= 2200) ? YearMonth.of(y, m) : null;
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

}
