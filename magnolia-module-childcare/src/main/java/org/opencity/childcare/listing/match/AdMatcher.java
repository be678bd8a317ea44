package org.opencity.childcare.listing.match;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdConfiguration;
import org.opencity.childcare.listing.AdContent;
import org.opencity.childcare.listing.CareType;
import org.opencity.childcare.listing.Hosting;
import org.opencity.childcare.listing.search.AdIndex;
import org.opencity.childcare.listing.search.AdIndex.ListedAd;

/**
 * Finds the compatible ads of an ad among the listed ones and ranks them by the score the
 * package documentation describes. Reads the search index only, never the repository, so
 * it can run on every view of an ad.
 */
public final class AdMatcher {

    /** The most reasons a match carries. */
    public static final int MAX_REASONS = 4;

    private final AdIndex index;

    private final Neighbourhoods neighbourhoods;

    private final ZoneId zone;

    /**
     * @param zone the city's time zone, which decides "today" for start dates
     */
    public AdMatcher(AdIndex index, Neighbourhoods neighbourhoods, ZoneId zone) {
        this.index = index;
        this.neighbourhoods = neighbourhoods;
        this.zone = zone;
    }

    /**
     * The best compatible ads for this ad among those listed at {@code now}, best first,
     * at most {@code limit}. The ad itself need not be listed: its owner may look at the
     * matches of an expired ad before renewing it.
     */
    public List<Match> compatibleWith(Ad ad, Instant now, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("A limit cannot be negative: " + limit);
        }
        if (limit == 0) {
            return List.of();
        }

        AdContent content = ad.content();
        Subject subject = new Subject(ad, LocalDate.ofInstant(now, this.zone).toEpochDay());
        Proximities proximities = new Proximities(content.neighbourhood());
        Ranking ranking = new Ranking(limit);
        // The ad itself is left out with the rest of its owner's ads.
        this.index.scan(now, partnersOf(content.configuration()), content.careType(), ad.ownerId(), (candidate) -> {
            Assessment assessment = subject.assess(candidate, proximities.of(candidate.neighbourhood()));
            if (assessment != null) {
                ranking.offer(candidate.id(), candidate.publishedAtEpochMilli(), assessment);
            }
        });

        return ranking.matches();
    }

    /** The configurations whose ads answer an ad of {@code configuration}. */
    static Set<AdConfiguration> partnersOf(AdConfiguration configuration) {
        return switch (configuration) {
            case FAMILY_WITH_NANNY_SEEKS_FAMILY -> EnumSet.of(AdConfiguration.FAMILY_SEEKS_FAMILY);
            case FAMILY_SEEKS_FAMILY ->
                EnumSet.of(AdConfiguration.FAMILY_SEEKS_FAMILY, AdConfiguration.FAMILY_WITH_NANNY_SEEKS_FAMILY);
            case FAMILY_SEEKS_NANNY -> EnumSet.of(AdConfiguration.NANNY_SEEKS_FAMILY);
            case NANNY_SEEKS_FAMILY -> EnumSet.of(AdConfiguration.FAMILY_SEEKS_NANNY);
        };
    }

    /**
     * The proximity of each neighbourhood met during one scan to the ad's own. The index
     * hands out one string instance per neighbourhood, and a city has a handful, so a
     * short list compared by reference beats hashing for every candidate.
     */
    private final class Proximities {

        private final String own;

        private String[] seen = new String[8];

        private Proximity[] proximities = new Proximity[8];

        private int count;

        Proximities(String own) {
            this.own = own;
        }

        Proximity of(String neighbourhood) {
            for (int i = 0; i < this.count; i++) {
                if (this.seen[i] == neighbourhood) {
                    return this.proximities[i];
                }
            }
            Proximity proximity = this.own.equals(neighbourhood) ? Proximity.SAME
                    : AdMatcher.this.neighbourhoods.areAdjacent(this.own, neighbourhood) ? Proximity.ADJACENT
                            : Proximity.OTHER;
            if (this.count == this.seen.length) {
                this.seen = Arrays.copyOf(this.seen, this.count * 2);
                this.proximities = Arrays.copyOf(this.proximities, this.count * 2);
            }
            this.seen[this.count] = neighbourhood;
            this.proximities[this.count++] = proximity;
            return proximity;
        }

    }

    /** How far apart two ads' neighbourhoods are. */
    enum Proximity {

        SAME(30), ADJACENT(15), OTHER(0);

        final int points;

        Proximity(int points) {
            this.points = points;
        }

    }

    /**
     * How two shared-care ads' hosting wishes fit, or that the question does not arise.
     */
    enum HostingFit {

        /** Two definite wishes that fit. */
        AGREED(10),

        /** One side or both flexible, or silent. */
        FLEXIBLE(5),

        /** Not shared care: nothing to agree on. */
        NOT_APPLICABLE(10);

        final int points;

        HostingFit(int points) {
            this.points = points;
        }

        /** The fit of two wishes for shared care; null when they cannot be agreed on. */
        static @Nullable HostingFit of(@Nullable Hosting ours, @Nullable Hosting theirs) {
            if (ours == null || theirs == null) {
                return FLEXIBLE;
            }
            if (!ours.compatibleWith(theirs)) {
                return null;
            }
            return (ours == Hosting.EITHER || theirs == Hosting.EITHER) ? FLEXIBLE : AGREED;
        }

    }

    /**
     * The ad matches are sought for, reduced to what each candidate is compared with.
     */
    private static final class Subject {

        static final int HALF_DAY_POINTS = 30;

        static final int AGE_POINTS = 20;

        static final int UNKNOWN_AGE_POINTS = 10;

        /** From this gap on, children's ages earn nothing. */
        static final int AGE_HORIZON_MONTHS = 36;

        static final int CLOSE_AGE_MONTHS = 12;

        static final int START_POINTS = 10;

        /** From this gap on, start dates earn nothing. */
        static final int START_HORIZON_DAYS = 90;

        static final int CLOSE_START_DAYS = 15;

        private final AdContent content;

        private final int[] children;

        private final long startDay;

        private final long today;

        Subject(Ad ad, long today) {
            this.content = ad.content();
            this.children = this.content.children().stream().mapToInt(AdIndex::monthNumber).toArray();
            this.today = today;
            this.startDay = Math.max(today, this.content.startDate().toEpochDay());
        }

        /** How the candidate fits; null when it is no candidate after all. */
        @Nullable Assessment assess(ListedAd candidate, Proximity proximity) {
            HostingFit hosting = HostingFit.NOT_APPLICABLE;
            if (this.content.careType() == CareType.SHARED) {
                hosting = HostingFit.of(this.content.hosting(), candidate.hosting());
                if (hosting == null) {
                    return null;
                }
            }
            int ours = this.content.schedule().size();
            int common = candidate.overlap(this.content.schedule());
            if (common == 0 && ours > 0 && !candidate.schedule().isEmpty()) {
                return null;
            }
            int halfDayPoints = (ours == 0) ? 0 : share(HALF_DAY_POINTS, common, ours);
            int ageGap = ageGap(candidate);
            int agePoints = (ageGap < 0) ? UNKNOWN_AGE_POINTS
                    : share(AGE_POINTS, Math.max(0, AGE_HORIZON_MONTHS - ageGap), AGE_HORIZON_MONTHS);
            long startGap = Math.abs(this.startDay - Math.max(this.today, candidate.startEpochDay()));
            int startPoints = share(START_POINTS, (int) Math.max(0, START_HORIZON_DAYS - startGap), START_HORIZON_DAYS);

            int score = proximity.points + halfDayPoints + agePoints + hosting.points + startPoints;
            return new Assessment(score, proximity, common, ageGap, hosting, startGap);
        }

        /**
         * The smallest gap in months between a child of this ad and one of the
         * candidate's; -1 when either lists no child.
         */
        private int ageGap(ListedAd candidate) {
            int count = candidate.childCount();
            if (count == 0 || this.children.length == 0) {
                return -1;
            }
            int gap = Integer.MAX_VALUE;
            for (int i = 0; i < count; i++) {
                int born = candidate.childBirthMonth(i);
                for (int ours : this.children) {
                    gap = Math.min(gap, Math.abs(born - ours));
                }
            }
            return gap;
        }

        /** {@code points × part / whole}, rounded half up. */
        private static int share(int points, int part, int whole) {
            return (points * part * 2 + whole) / (whole * 2);
        }

    }

    /**
     * How one candidate fits.
     *
     * @param ageGap the smallest gap in months between two children; -1 when unknown
     * @param startGap the days between the start dates, each from today at the earliest
     */
    record Assessment(int score, Proximity proximity, int halfDaysInCommon, int ageGap, HostingFit hosting,
            long startGap) {

        List<MatchReason> reasons() {
            List<MatchReason> reasons = new ArrayList<>(MAX_REASONS + 1);
            if (this.proximity == Proximity.SAME) {
                reasons.add(MatchReason.of(MatchReason.Kind.SAME_NEIGHBOURHOOD));
            }
            else if (this.proximity == Proximity.ADJACENT) {
                reasons.add(MatchReason.of(MatchReason.Kind.ADJACENT_NEIGHBOURHOOD));
            }
            if (this.halfDaysInCommon > 0) {
                reasons.add(new MatchReason(MatchReason.Kind.HALF_DAYS_IN_COMMON, this.halfDaysInCommon));
            }
            if (this.ageGap >= 0 && this.ageGap <= Subject.CLOSE_AGE_MONTHS) {
                reasons.add(MatchReason.of(MatchReason.Kind.CLOSE_AGES));
            }
            if (this.hosting == HostingFit.AGREED) {
                reasons.add(MatchReason.of(MatchReason.Kind.HOSTING_AGREED));
            }
            if (this.startGap <= Subject.CLOSE_START_DAYS) {
                reasons.add(MatchReason.of(MatchReason.Kind.CLOSE_START_DATES));
            }
            return (reasons.size() > MAX_REASONS) ? reasons.subList(0, MAX_REASONS) : reasons;
        }

    }

    /**
     * The best candidates seen so far, best first: higher score, then newer publication,
     * then smaller id.
     */
    private static final class Ranking {

        private final int limit;

        private final List<Ranked> best;

        Ranking(int limit) {
            this.limit = limit;
            this.best = new ArrayList<>(Math.min(limit, 64) + 1);
        }

        void offer(String id, long publishedAt, Assessment assessment) {
            int at = this.best.size();
            while (at > 0 && this.best.get(at - 1).isBeatenBy(assessment.score(), publishedAt, id)) {
                at--;
            }
            if (at >= this.limit) {
                return;
            }
            this.best.add(at, new Ranked(id, publishedAt, assessment));
            if (this.best.size() > this.limit) {
                this.best.remove(this.limit);
            }
        }

        List<Match> matches() {
            return this.best.stream()
                .map((ranked) -> new Match(ranked.id, ranked.assessment.score(), ranked.assessment.reasons()))
                .toList();
        }

    }

    private record Ranked(String id, long publishedAt, Assessment assessment) {

        boolean isBeatenBy(int score, long otherPublishedAt, String otherId) {
            if (this.assessment.score() != score) {
                return score > this.assessment.score();
            }
            if (this.publishedAt != otherPublishedAt) {
                return otherPublishedAt > this.publishedAt;
            }
            return otherId.compareTo(this.id) < 0;
        }

    }

}
