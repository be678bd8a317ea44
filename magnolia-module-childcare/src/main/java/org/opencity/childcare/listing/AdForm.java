package org.opencity.childcare.listing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.validation.BirthMonthRow;

/**
 * The ad form exactly as the member filled it in, valid or not, so that it can be shown
 * again with their input kept. {@link AdValidator} turns it into {@link AdContent}.
 */
public class AdForm {

    /** How many child rows the form offers. */
    public static final int CHILD_ROWS = 4;

    /** How many time-range rows the form offers, beside the half-day checkboxes. */
    public static final int RANGE_ROWS = 3;

    private @Nullable String configuration;

    private @Nullable String careType;

    private @Nullable String title;

    private @Nullable String text;

    private @Nullable String neighbourhood;

    private List<BirthMonthRow> children = new ArrayList<>();

    private List<String> slots = new ArrayList<>();

    private List<TimeRangeRow> ranges = new ArrayList<>();

    private @Nullable String startDate;

    private @Nullable String hosting;

    private @Nullable String hourlyRate;

    private List<String> languages = new ArrayList<>();

    private List<String> qualifications = new ArrayList<>();

    private boolean showPhone;

    private boolean showEmail;

    public AdForm() {
        pad();
    }

    /**
     * The form that edits {@code content}: every field as the member would have typed it.
     */
    public static AdForm of(AdContent content) {
        AdForm form = new AdForm();
        form.configuration = content.configuration().name();
        form.careType = content.careType().name();
        form.title = content.title();
        form.text = content.text();
        form.neighbourhood = content.neighbourhood();
        for (int i = 0; i < content.children().size() && i < CHILD_ROWS; i++) {
            BirthMonthRow row = new BirthMonthRow();
            row.setMonth(Integer.toString(content.children().get(i).getMonthValue()));
            row.setYear(Integer.toString(content.children().get(i).getYear()));
            form.children.set(i, row);
        }
        form.slots = new ArrayList<>(content.schedule().slots());
        form.startDate = content.startDate().toString();
        form.hosting = (content.hosting() != null) ? content.hosting().name() : null;
        form.hourlyRate = (content.hourlyRate() != null) ? content.hourlyRate().toPlainString().replace('.', ',')
                : null;
        form.languages = new ArrayList<>(content.languages().stream().sorted().toList());
        form.qualifications = new ArrayList<>(content.qualifications().stream().sorted().map(Enum::name).toList());
        form.showPhone = content.showPhone();
        form.showEmail = content.showEmail();
        return form;
    }

    /**
     * Makes sure the form shows {@link #CHILD_ROWS} child rows and {@link #RANGE_ROWS}
     * time-range rows, keeping those filled in.
     */
    public final void pad() {
        while (this.children.size() < CHILD_ROWS) {
            this.children.add(new BirthMonthRow());
        }
        if (this.children.size() > CHILD_ROWS) {
            this.children = new ArrayList<>(this.children.subList(0, CHILD_ROWS));
        }
        while (this.ranges.size() < RANGE_ROWS) {
            this.ranges.add(new TimeRangeRow());
        }
        if (this.ranges.size() > RANGE_ROWS) {
            this.ranges = new ArrayList<>(this.ranges.subList(0, RANGE_ROWS));
        }
    }

    public @Nullable String getConfiguration() {
        return this.configuration;
    }

    public void setConfiguration(@Nullable String configuration) {
        this.configuration = configuration;
    }

    public @Nullable String getCareType() {
        return this.careType;
    }

    public void setCareType(@Nullable String careType) {
        this.careType = careType;
    }

    public @Nullable String getTitle() {
        return this.title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getText() {
        return this.text;
    }

    public void setText(@Nullable String text) {
        this.text = text;
    }

    public @Nullable String getNeighbourhood() {
        return this.neighbourhood;
    }

    public void setNeighbourhood(@Nullable String neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    public List<BirthMonthRow> getChildren() {
        return this.children;
    }

    public void setChildren(List<BirthMonthRow> children) {
        this.children = new ArrayList<>(children);
    }

    /** The ticked half-day checkboxes, such as {@code MONDAY:MORNING}. */
    public List<String> getSlots() {
        return this.slots;
    }

    public void setSlots(List<String> slots) {
        this.slots = new ArrayList<>(slots);
    }

    public List<TimeRangeRow> getRanges() {
        return this.ranges;
    }

    public void setRanges(List<TimeRangeRow> ranges) {
        this.ranges = new ArrayList<>(ranges);
    }

    /** As the date input sends it: {@code yyyy-MM-dd}. */
    public @Nullable String getStartDate() {
        return this.startDate;
    }

    public void setStartDate(@Nullable String startDate) {
        this.startDate = startDate;
    }

    public @Nullable String getHosting() {
        return this.hosting;
    }

    public void setHosting(@Nullable String hosting) {
        this.hosting = hosting;
    }

    /** Euros per hour as typed, with a comma or a point: {@code 12,50}. */
    public @Nullable String getHourlyRate() {
        return this.hourlyRate;
    }

    public void setHourlyRate(@Nullable String hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public List<String> getLanguages() {
        return this.languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = new ArrayList<>(languages);
    }

    public List<String> getQualifications() {
        return this.qualifications;
    }

    public void setQualifications(List<String> qualifications) {
        this.qualifications = new ArrayList<>(qualifications);
    }

    public boolean isShowPhone() {
        return this.showPhone;
    }

    public void setShowPhone(boolean showPhone) {
        this.showPhone = showPhone;
    }

    public boolean isShowEmail() {
        return this.showEmail;
    }

    public void setShowEmail(boolean showEmail) {
        this.showEmail = showEmail;
    }

    /**
     * A time range on one day, such as Tuesday 16:30–19:00; it counts for every half-day
     * it touches.
     */
    public static class TimeRangeRow {

        private @Nullable String day;

        private @Nullable String from;

        private @Nullable String to;

        public TimeRangeRow() {
        }

        public TimeRangeRow(@Nullable String day, @Nullable String from, @Nullable String to) {
            this.day = day;
            this.from = from;
            this.to = to;
        }

        /** A {@link java.time.DayOfWeek} name, such as {@code TUESDAY}. */
        public @Nullable String getDay() {
            return this.day;
        }

        public void setDay(@Nullable String day) {
            this.day = day;
        }

        /** {@code HH:mm}. */
        public @Nullable String getFrom() {
            return this.from;
        }

        public void setFrom(@Nullable String from) {
            this.from = from;
        }

        /** {@code HH:mm}. */
        public @Nullable String getTo() {
            return this.to;
        }

        public void setTo(@Nullable String to) {
            this.to = to;
        }

        public boolean isBlank() {
            return blank(this.day) && blank(this.from) && blank(this.to);
        }

    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

}
