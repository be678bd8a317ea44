package org.opencity.childcare.webapp.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.validation.BirthMonthRow;
import org.opencity.childcare.validation.FieldErrors;

/**
 * An ad as a client sends it to post or replace one: the fields of the ad form, with
 * children as birth months ({@code "2024-03"}) and the hourly rate as a number. It
 * becomes the form the pages fill in, so that the same validator judges both.
 */
record AdRequest(@Nullable String configuration, @Nullable String careType, @Nullable String title,
        @Nullable String text, @Nullable String neighbourhood, @Nullable List<@Nullable String> children,
        @Nullable List<@Nullable String> slots, @Nullable List<@Nullable TimeRange> ranges, @Nullable String startDate,
        @Nullable String hosting, @Nullable BigDecimal hourlyRate, @Nullable List<@Nullable String> languages,
        @Nullable List<@Nullable String> qualifications, @Nullable Boolean showPhone, @Nullable Boolean showEmail) {

    /**
     * A time range on one day: {@code {"day": "TUESDAY", "from": "16:30", "to":
     * "19:00"}}.
     */
    record TimeRange(@Nullable String day, @Nullable String from, @Nullable String to) {

    }

    /** The form this request fills in; more rows than the form has are refused. */
    AdForm toForm() {
        FieldErrors errors = new FieldErrors();
        if (this.children != null && this.children.size() > AdForm.CHILD_ROWS) {
            errors.reject("children", "api.error.tooMany", AdForm.CHILD_ROWS);
        }
        if (this.ranges != null && this.ranges.size() > AdForm.RANGE_ROWS) {
            errors.reject("ranges", "api.error.tooMany", AdForm.RANGE_ROWS);
        }
        errors.throwIfAny();

        AdForm form = new AdForm();
        form.setConfiguration(this.configuration);
        form.setCareType(this.careType);
        form.setTitle(this.title);
        form.setText(this.text);
        form.setNeighbourhood(this.neighbourhood);
        List<BirthMonthRow> rows = new ArrayList<>();
        for (String birth : (this.children != null) ? this.children : List.<@Nullable String>of()) {
            rows.add(birthMonth(birth));
        }
        form.getChildren().clear();
        form.getChildren().addAll(rows);
        form.setSlots(present(this.slots));
        form.getRanges().clear();
        if (this.ranges != null) {
            this.ranges.stream()
                .filter(Objects::nonNull)
                .forEach((range) -> form.getRanges()
                    .add(new AdForm.TimeRangeRow(range.day(), range.from(), range.to())));
        }
        form.pad();
        form.setStartDate(this.startDate);
        form.setHosting(this.hosting);
        form.setHourlyRate((this.hourlyRate != null) ? this.hourlyRate.toPlainString() : null);
        form.setLanguages(present(this.languages));
        form.setQualifications(present(this.qualifications));
        form.setShowPhone(Boolean.TRUE.equals(this.showPhone));
        form.setShowEmail(Boolean.TRUE.equals(this.showEmail));
        return form;
    }

    private static List<String> present(@Nullable List<@Nullable String> values) {
        return (values != null) ? values.stream().filter(Objects::nonNull).map(String::valueOf).toList() : List.of();
    }

    /**
     * {@code "2024-03"} as the form's month and year; anything else left for the
     * validator to refuse.
     */
    private static BirthMonthRow birthMonth(@Nullable String birth) {
        if (birth == null) {
            return new BirthMonthRow("?", "?");
        }
        int dash = birth.indexOf('-');
        if (dash < 0) {
            return new BirthMonthRow("?", birth);
        }
        return new BirthMonthRow(birth.substring(dash + 1), birth.substring(0, dash));
    }

}
