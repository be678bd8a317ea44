package org.opencity.childcare.listing.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdContent;
import org.opencity.childcare.listing.AdRepository;

/**
 * Whether one ad is a result of a search, decided exactly as {@link AdIndex#search}
 * decides it, for callers that hold ads rather than ask the index: the saved-search
 * alerts check each newly published ad against each saved query. The query's page plays
 * no part.
 *
 * <p>
 * The rules, filter by filter: the ad is published, with a publication and an expiry, and
 * its expiry is later than {@code now} to the millisecond; it has one of the wanted
 * configurations, care types and neighbourhoods (an empty set wants any); its schedule
 * covers every needed half-day; it can start on or before the wanted date; with a child
 * age asked, it has no children or one born in the twelve months that make a child of
 * that age this month in the city's zone; every word of the free text is a whole word of
 * its normalised title and text.
 */
public final class AdFilter {

    private final AdSearchQuery query;

    private final ZoneId zone;

    private final List<String> words;

    /**
     * A filter for the query, answering in the city's time zone.
     * @param zone the zone that decides the month of {@code now}, for children's ages
     */
    public AdFilter(AdSearchQuery query, ZoneId zone) {
        this.query = query;
        this.zone = zone;
        this.words = query.words();
    }

    /**
     * Whether {@code ad} is among the results the index gives for the query at
     * {@code now}.
     */
    public boolean matches(Ad ad, Instant now) {
        if (!isListed(ad, now)) {
            return false;
        }
        AdContent content = ad.content();
        return (this.query.configurations().isEmpty() || this.query.configurations().contains(content.configuration()))
                && (this.query.careTypes().isEmpty() || this.query.careTypes().contains(content.careType()))
                && (this.query.neighbourhoods().isEmpty()
                        || this.query.neighbourhoods().contains(content.neighbourhood()))
                && content.schedule().covers(this.query.needed()) && startsInTime(content)
                && hasChildOfAge(content, now) && hasWords(content);
    }

    /**
     * Listed as the index sees it: only listable ads are kept, and the expiry is compared
     * in milliseconds, as the index stores it.
     */
    private static boolean isListed(Ad ad, Instant now) {
        return ad.isListable() && ad.expiresAt() != null && ad.expiresAt().toEpochMilli() > now.toEpochMilli();
    }

    private boolean startsInTime(AdContent content) {
        LocalDate startBy = this.query.availableFrom();
        return startBy == null || content.startDate().toEpochDay() <= startBy.toEpochDay();
    }

    private boolean hasChildOfAge(AdContent content, Instant now) {
        Integer age = this.query.childAgeYears();
        if (age == null || content.children().isEmpty()) {
            return true;
        }
        int bornTo = AdIndex.monthNumber(YearMonth.from(LocalDate.ofInstant(now, this.zone))) - 12 * age;
        int bornFrom = bornTo - 11;
        for (YearMonth child : content.children()) {
            int born = AdIndex.monthNumber(child);
            if (born >= bornFrom && born <= bornTo) {
                return true;
            }
        }
        return false;
    }

    private boolean hasWords(AdContent content) {
        if (this.words.isEmpty()) {
            return true;
        }
        String text = AdRepository.searchText(content.title(), content.text());
        Set<String> adWords = new HashSet<>(Arrays.asList(text.split(" ")));
        return adWords.containsAll(this.words);
    }

}
