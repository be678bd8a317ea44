package org.opencity.childcare.listing.search;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.opencity.childcare.jcr.Buckets;
import org.opencity.childcare.jcr.SessionFactory;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdConfiguration;
import org.opencity.childcare.listing.AdContent;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.AdStatus;
import org.opencity.childcare.listing.CareType;
import org.opencity.childcare.listing.HalfDay;
import org.opencity.childcare.listing.Hosting;
import org.opencity.childcare.listing.Qualification;
import org.opencity.childcare.listing.WeeklySchedule;

/**
 * Ads and searches as the city would see them, generated from a seed: every configuration
 * and care type, the six neighbourhoods, families with up to three children and
 * caregivers without, schedules of all shapes, some ads expired by time, some withdrawn.
 * Also the brute-force search every other search is checked against.
 */
final class GeneratedAds {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    static final List<String> NEIGHBOURHOODS = List.of("centre", "gare", "nord", "sud", "est", "ouest");

    static final List<String> WORDS = List.of("garde", "partagée", "école", "crèche", "bébé", "périscolaire",
            "mercredi", "matin", "soir", "sortie", "nounou", "assistante", "maternelle", "expérience", "bilingue",
            "anglais", "jardin", "calme", "sérieuse", "dynamique", "famille", "enfants", "jumeaux", "vacances",
            "devoirs", "goûter", "parc", "piscine", "musique", "cuisine", "près", "tram", "gare", "rentrée", "2026",
            "cp", "ce1", "temps", "partiel", "plein", "Île", "cœur", "l'été", "grand-mère", "à", "de");

    private static final AdConfiguration[] CONFIGURATIONS = AdConfiguration.values();

    private final Random random;

    private final Instant now;

    GeneratedAds(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
    }

    /** What to store for one ad; the id comes from the repository. */
    record Plan(AdContent content, Instant createdAt, AdStatus status, Instant publishedAt, Instant expiresAt) {

        Ad toAd(String id) {
            return new Ad(id, "owner-" + Math.abs(id.hashCode() % 500), this.status, this.content, this.createdAt,
                    this.publishedAt, this.expiresAt, null, null);
        }

    }

    /**
     * Plans {@code count} ads: about 10% expired by time though still published, about 5%
     * withdrawn, publication times on a coarse grid of {@code grid} so that some share a
     * time.
     */
    List<Plan> plans(int count, Duration grid, boolean allListed) {
        List<Plan> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long ageSlots = this.random.nextInt((int) (Duration.ofDays(30).toMillis() / grid.toMillis()));
            Instant publishedAt = this.now.minus(grid.multipliedBy(ageSlots));
            AdStatus status = AdStatus.PUBLISHED;
            int fate = this.random.nextInt(100);
            if (!allListed && fate < 10) {
                publishedAt = this.now.minus(Duration.ofDays(30))
                    .minus(Duration.ofMinutes(1 + this.random.nextInt(20_000)));
            }
            else if (!allListed && fate < 15) {
                status = AdStatus.WITHDRAWN;
            }
            Instant createdAt = publishedAt.minus(Duration.ofMinutes(this.random.nextInt(3_000)));
            plans.add(new Plan(content(), createdAt, status, publishedAt, publishedAt.plus(Duration.ofDays(30))));
        }
        return plans;
    }

    AdContent content() {
        AdConfiguration configuration = CONFIGURATIONS[this.random.nextInt(CONFIGURATIONS.length)];
        List<CareType> careTypes = List.copyOf(configuration.careTypes());
        CareType careType = careTypes.get(this.random.nextInt(careTypes.size()));
        boolean caregiver = configuration == AdConfiguration.NANNY_SEEKS_FAMILY;
        List<YearMonth> children = new ArrayList<>();
        int childCount = caregiver ? 0 : this.random.nextInt(4);
        YearMonth thisMonth = YearMonth.from(LocalDate.ofInstant(this.now, ZONE));
        for (int i = 0; i < childCount; i++) {
            children.add(thisMonth.minusMonths(this.random.nextInt(11 * 12) - 2));
        }
        LocalDate startDate = LocalDate.ofInstant(this.now, ZoneOffset.UTC).plusDays(this.random.nextInt(150) - 30);
        Set<Qualification> qualifications = caregiver ? Set.of(Qualification.PSC1) : Set.of();
        return new AdContent(configuration, careType, sentence(4), sentence(25),
                NEIGHBOURHOODS.get(this.random.nextInt(NEIGHBOURHOODS.size())), children, schedule(), startDate,
                (careType == CareType.SHARED) ? Hosting.values()[this.random.nextInt(4)] : null,
                this.random.nextBoolean() ? BigDecimal.valueOf(900 + this.random.nextInt(600), 2) : null, Set.of("fr"),
                qualifications, this.random.nextBoolean(), false);
    }

    /** A search with a random handful of filters, free text in about 30%. */
    AdSearchQuery query() {
        AdSearchQuery query = AdSearchQuery.any();
        if (this.random.nextInt(10) < 3) {
            query = query.withConfigurations(some(List.of(CONFIGURATIONS), 2));
        }
        if (this.random.nextInt(10) < 3) {
            query = query.withCareTypes(some(List.of(CareType.values()), 2));
        }
        if (this.random.nextInt(10) < 4) {
            List<String> ids = new ArrayList<>(NEIGHBOURHOODS);
            ids.add("inconnu");
            query = query.withNeighbourhoods(some(ids, 3));
        }
        if (this.random.nextInt(10) < 3) {
            WeeklySchedule needed = WeeklySchedule.EMPTY;
            for (int i = 0; i <= this.random.nextInt(3); i++) {
                needed = needed.with(day(), HalfDay.values()[this.random.nextInt(3)]);
            }
            query = query.withNeeded(needed);
        }
        if (this.random.nextInt(4) == 0) {
            query = query.withChildAge(this.random.nextInt(11));
        }
        if (this.random.nextInt(4) == 0) {
            query = query
                .withAvailableFrom(LocalDate.ofInstant(this.now, ZONE).plusDays(this.random.nextInt(120) - 20));
        }
        if (this.random.nextInt(10) < 3) {
            String text = WORDS.get(this.random.nextInt(WORDS.size()));
            if (this.random.nextBoolean()) {
                text = text.toUpperCase(Locale.ROOT) + ", " + WORDS.get(this.random.nextInt(WORDS.size()));
            }
            if (this.random.nextInt(10) == 0) {
                text = text + " introuvable";
            }
            query = query.withText(text);
        }
        return query.withPage((this.random.nextInt(10) < 7) ? 0 : this.random.nextInt(6));
    }

    /**
     * Stores the plans as ads through the repository, {@code batch} per save, and returns
     * the ads as stored.
     */
    static List<Ad> store(SessionFactory sessions, AdRepository repository, List<Plan> plans, int batch)
            throws RepositoryException {
        List<Ad> stored = new ArrayList<>(plans.size());
        Session session = sessions.open();
        try {
            Set<String> buckets = new HashSet<>();
            int pending = 0;
            for (Plan plan : plans) {
                String bucket = Buckets.monthPath(AdRepository.ROOT, plan.createdAt());
                if (buckets.add(bucket)) {
                    ensureFolders(session, bucket);
                }
                Ad draft = repository.add(session, plan.toAd("x").ownerId(), plan.content(), plan.createdAt());
                Ad ad = plan.toAd(draft.id());
                repository.update(session, ad);
                stored.add(ad);
                if (++pending == batch) {
                    session.save();
                    pending = 0;
                }
            }
            session.save();
        }
        finally {
            session.logout();
        }
        return stored;
    }

    /**
     * The search done the slowest obvious way: every ad, every rule written out, then
     * sorted.
     */
    static SearchPage bruteForce(List<Ad> ads, AdSearchQuery query, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        Set<String> words = new TreeSet<>(query.words());
        List<Ad> matches = ads.stream()
            .filter((ad) -> ad.isListedAt(now))
            .filter((ad) -> query.configurations().isEmpty()
                    || query.configurations().contains(ad.content().configuration()))
            .filter((ad) -> query.careTypes().isEmpty() || query.careTypes().contains(ad.content().careType()))
            .filter((ad) -> query.neighbourhoods().isEmpty()
                    || query.neighbourhoods().contains(ad.content().neighbourhood()))
            .filter((ad) -> ad.content().schedule().covers(query.needed()))
            .filter((ad) -> query.childAgeYears() == null || ad.content().children().isEmpty()
                    || ad.content().children().stream().anyMatch((born) -> ageIs(born, today, query.childAgeYears())))
            .filter((ad) -> query.availableFrom() == null || !ad.content().startDate().isAfter(query.availableFrom()))
            .filter((ad) -> Arrays.asList(AdRepository.searchText(ad.content().title(), ad.content().text()).split(" "))
                .containsAll(words))
            .sorted(Comparator.comparing((Ad ad) -> ad.publishedAt(), Comparator.reverseOrder()).thenComparing(Ad::id))
            .toList();
        int from = Math.min(matches.size(), query.firstResult());
        int to = Math.min(matches.size(), from + query.pageSize());
        return new SearchPage(matches.subList(from, to).stream().map(Ad::id).toList(), matches.size(), query.page(),
                query.pageSize());
    }

    private static boolean ageIs(YearMonth born, LocalDate today, int years) {
        LocalDate birthday = born.atDay(1);
        return !birthday.isAfter(today) && Period.between(birthday, today).getYears() == years;
    }

    private static void ensureFolders(Session session, String path) throws RepositoryException {
        javax.jcr.Node node = session.getRootNode();
        for (String name : path.substring(1).split("/")) {
            node = node.hasNode(name) ? node.getNode(name) : node.addNode(name, "mgnl:folder");
        }
    }

    private WeeklySchedule schedule() {
        WeeklySchedule schedule = WeeklySchedule.EMPTY;
        int shape = this.random.nextInt(4);
        for (DayOfWeek day : DayOfWeek.values()) {
            for (HalfDay halfDay : HalfDay.values()) {
                boolean weekday = day.getValue() <= 5;
                boolean wanted = switch (shape) {
                    case 0 -> weekday && halfDay != HalfDay.EVENING;
                    case 1 -> weekday && halfDay == HalfDay.AFTERNOON && this.random.nextBoolean();
                    case 2 -> halfDay == HalfDay.EVENING && this.random.nextInt(3) == 0;
                    default -> this.random.nextInt(4) == 0;
                };
                if (wanted) {
                    schedule = schedule.with(day, halfDay);
                }
            }
        }
        return schedule;
    }

    private String sentence(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1 + this.random.nextInt(length); i++) {
            text.append(i == 0 ? "" : " ").append(WORDS.get(this.random.nextInt(WORDS.size())));
        }
        return text.append('.').toString();
    }

    private DayOfWeek day() {
        return DayOfWeek.of(1 + this.random.nextInt(7));
    }

    private <T> List<T> some(List<T> all, int most) {
        List<T> chosen = new ArrayList<>();
        for (int i = 0; i <= this.random.nextInt(most); i++) {
            chosen.add(all.get(this.random.nextInt(all.size())));
        }
        return chosen;
    }

}
