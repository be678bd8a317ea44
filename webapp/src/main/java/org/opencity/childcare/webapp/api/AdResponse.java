package org.opencity.childcare.webapp.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdContent;

/**
 * One of the caller's own ads, whatever its status, as its owner may see it.
 *
 * @param listed whether other members can find it now
 * @param children birth months, as the owner entered them
 * @param reason why a webmaster removed or rejected it
 */
record AdResponse(String id, String status, boolean listed, String configuration, String careType, String title,
        String text, String neighbourhood, List<String> children, List<String> slots, LocalDate startDate,
        @Nullable String hosting, @Nullable BigDecimal hourlyRate, List<String> languages, List<String> qualifications,
        boolean showPhone, boolean showEmail, Instant createdAt, @Nullable Instant publishedAt,
        @Nullable Instant expiresAt, @Nullable Boolean foundCare, @Nullable String reason) {

    static AdResponse of(Ad ad, Instant now) {
        AdContent c = ad.content();
        return new AdResponse(ad.id(), ad.status().name(), ad.isListedAt(now), c.configuration().name(),
                c.careType().name(), c.title(), c.text(), c.neighbourhood(),
                c.children().stream().sorted().map(YearMonth::toString).toList(), c.schedule().slots(), c.startDate(),
                (c.hosting() != null) ? c.hosting().name() : null, c.hourlyRate(),
                c.languages().stream().sorted().toList(), c.qualifications().stream().map(Enum::name).sorted().toList(),
                c.showPhone(), c.showEmail(), ad.createdAt(), ad.publishedAt(), ad.expiresAt(), ad.foundCare(),
                ad.reason());
    }

}
