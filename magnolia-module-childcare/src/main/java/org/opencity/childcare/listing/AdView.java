package org.opencity.childcare.listing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An ad as people read it, every value already in words: what {@link AdPresenter} gives
 * templates.
 *
 * @param status the status's name, for styling and tests
 * @param statusLabel the status in words
 * @param listed whether other members can see it now
 * @param configuration the configuration's name
 * @param careType the care type's name
 * @param children each child's age today, or an expected birth
 * @param schedule one line per day: "lundi : matin, après-midi"
 * @param daysLeft whole days before it leaves the listings, while listed
 * @param foundCare when closed: whether the owner found care through the service
 * @param reason why a webmaster removed or rejected it
 */
public record AdView(String id, String status, String statusLabel, boolean listed, String title, String text,
        String configuration, String configurationLabel, String careType, String careTypeLabel, String neighbourhood,
        List<String> children, List<String> schedule, String startDate, @Nullable String hosting,
        @Nullable String hourlyRate, List<String> languages, List<String> qualifications, @Nullable String publishedOn,
        @Nullable String expiresOn, @Nullable Long daysLeft, @Nullable Boolean foundCare, @Nullable String reason,
        boolean showPhone, boolean showEmail) {

    public AdView {
        children = List.copyOf(children);
        schedule = List.copyOf(schedule);
        languages = List.copyOf(languages);
        qualifications = List.copyOf(qualifications);
    }

}
