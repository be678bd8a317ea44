package org.opencity.childcare.validation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the children rows of a form (registration, ad) the same way everywhere: a row is
 * a month and a year, a child is under {@value #MAX_AGE_YEARS}, an expected birth at most
 * {@value #MAX_MONTHS_AHEAD} months ahead. Errors go on {@code children[i]}, or on
 * {@code children} when at least one child is required and none was given.
 */
public final class ChildBirths {

    /** Children up to this age may be given. */
    public static final int MAX_AGE_YEARS = 16;

    /** An expected birth may be given this many months ahead. */
    public static final int MAX_MONTHS_AHEAD = 9;

    private ChildBirths() {
    }

    /**
     * The births the rows give, in form order.
     * @param keyPrefix the message keys' prefix, such as
     * {@code childcare.registration.error.}
     */
    public static List<YearMonth> check(List<? extends BirthMonthRow> rows, int maxRows, boolean required,
            YearMonth now, String keyPrefix, FieldErrors errors) {
        List<YearMonth> children = new ArrayList<>();
        for (int i = 0; i < rows.size() && i < maxRows; i++) {
            BirthMonthRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String field = "children[" + i + "]";
            YearMonth birth = row.toYearMonth();
            if (birth == null) {
                errors.reject(field, keyPrefix + "childDate");
            }
            else if (birth.isBefore(now.minusYears(MAX_AGE_YEARS))) {
                errors.reject(field, keyPrefix + "childTooOld", MAX_AGE_YEARS);
            }
            else if (birth.isAfter(now.plusMonths(MAX_MONTHS_AHEAD))) {
                errors.reject(field, keyPrefix + "childTooFarAhead", MAX_MONTHS_AHEAD);
            }
            else {
                children.add(birth);
            }
        }
        if (required && children.isEmpty()
                && errors.all().stream().noneMatch((e) -> e.field().startsWith("children"))) {
            errors.reject("children", keyPrefix + "childrenRequired");
        }
        return children;
    }

}
