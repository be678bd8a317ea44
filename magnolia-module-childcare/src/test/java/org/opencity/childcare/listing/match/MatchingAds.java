package org.opencity.childcare.listing.match;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdConfiguration;
import org.opencity.childcare.listing.AdContent;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.listing.CareType;
import org.opencity.childcare.listing.HalfDay;
import org.opencity.childcare.listing.Hosting;
import org.opencity.childcare.listing.WeeklySchedule;
import org.opencity.childcare.testing.Personas;

/**
 * Published ads for matching tests, built from a family in the centre that looks for
 * shared care: one child born in March 2025, Monday to Thursday afternoons, alternating
 * homes, starting two weeks after {@link #TODAY}. Each call starts a new ad whose owner
 * is named after its id; change what the test is about, then {@link #build()}.
 */
final class MatchingAds {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    static final Duration LIFETIME = Duration.ofDays(30);

    private final String id;

    private String owner;

    private AdConfiguration configuration;

    private CareType careType;

    private String neighbourhood = Personas.CENTRE;

    private List<YearMonth> children = List.of(YearMonth.of(2025, 3));

    private WeeklySchedule schedule = afternoons(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY);

    private LocalDate startDate = TODAY.plusWeeks(2);

    private @Nullable Hosting hosting = Hosting.ALTERNATING;

    private Instant publishedAt = NOW.minus(Duration.ofDays(1));

    private MatchingAds(String id, AdConfiguration configuration, CareType careType) {
        this.id = id;
        this.owner = "owner-" + id;
        this.configuration = configuration;
        this.careType = careType;
    }

    /** A family looking for another family to hire a nanny together. */
    static MatchingAds family(String id) {
        return new MatchingAds(id, AdConfiguration.FAMILY_SEEKS_FAMILY, CareType.SHARED);
    }

    /** A family that has a nanny and looks for a second family to share her. */
    static MatchingAds familyWithNanny(String id) {
        return new MatchingAds(id, AdConfiguration.FAMILY_WITH_NANNY_SEEKS_FAMILY, CareType.SHARED);
    }

    /** A family looking for a nanny for regular care. */
    static MatchingAds familySeekingNanny(String id) {
        return new MatchingAds(id, AdConfiguration.FAMILY_SEEKS_NANNY, CareType.REGULAR).hosting(null);
    }

    /** A nanny offering regular care, stating no children's ages. */
    static MatchingAds nanny(String id) {
        return new MatchingAds(id, AdConfiguration.NANNY_SEEKS_FAMILY, CareType.REGULAR).hosting(null).children();
    }

    static WeeklySchedule afternoons(DayOfWeek... days) {
        WeeklySchedule schedule = WeeklySchedule.EMPTY;
        for (DayOfWeek day : days) {
            schedule = schedule.with(day, HalfDay.AFTERNOON);
        }
        return schedule;
    }

    MatchingAds ownedBy(String member) {
        this.owner = member;
        return this;
    }

    MatchingAds careType(CareType type) {
        this.careType = type;
        return this;
    }

    MatchingAds in(String neighbourhoodId) {
        this.neighbourhood = neighbourhoodId;
        return this;
    }

    MatchingAds children(YearMonth... births) {
        this.children = List.of(births);
        return this;
    }

    MatchingAds halfDays(WeeklySchedule halfDays) {
        this.schedule = halfDays;
        return this;
    }

    MatchingAds startingOn(LocalDate date) {
        this.startDate = date;
        return this;
    }

    MatchingAds hosting(@Nullable Hosting wish) {
        this.hosting = wish;
        return this;
    }

    MatchingAds publishedAt(Instant time) {
        this.publishedAt = time;
        return this;
    }

    /** The ad, published at its publication time for the usual lifetime. */
    Ad build() {
        AdContent content = new AdContent(this.configuration, this.careType, "Annonce " + this.id,
                "Texte de l’annonce.", this.neighbourhood, this.children, this.schedule, this.startDate, this.hosting,
                null, Set.of("fr"), Set.of(), false, true);
        return new Ad(this.id, this.owner, AdStatus.PUBLISHED, content, this.publishedAt, this.publishedAt,
                this.publishedAt.plus(LIFETIME), null, null);
    }

}
