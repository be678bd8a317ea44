package org.opencity.childcare.listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the owner of an ad wrote, as validated: everything but its life cycle.
 *
 * @param neighbourhood the id of a configured neighbourhood; never an address
 * @param children births (month and year) of the children concerned; for a caregiver's
 * ad, of children they would look after, possibly empty
 * @param hosting for shared care, whose home hosts the children; null otherwise
 * @param hourlyRate in euros, optional
 * @param languages languages spoken with the children, as ISO 639-1 codes
 * @param qualifications for caregivers' ads only
 * @param showPhone whether the owner's phone number is shown on the ad
 * @param showEmail whether the owner's e-mail address is shown on the ad
 */
public record AdContent(AdConfiguration configuration, CareType careType, String title, String text,
        String neighbourhood, List<YearMonth> children, WeeklySchedule schedule, LocalDate startDate,
        @Nullable Hosting hosting, @Nullable BigDecimal hourlyRate, Set<String> languages,
        Set<Qualification> qualifications, boolean showPhone, boolean showEmail) {

    public AdContent {
        children = List.copyOf(children);
        languages = Set.copyOf(languages);
        qualifications = Set.copyOf(qualifications);
        if (!configuration.allows(careType)) {
            throw new IllegalArgumentException(configuration + " does not go with " + careType);
        }
    }

}
