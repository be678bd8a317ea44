package org.opencity.childcare.listing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.validation.BirthMonthRow;

/**
 * The ads the tests talk about, as content and as the form their owners fill in. Every
 * call returns a new object.
 */
final class SampleAds {

    static final String TITLE = "Garde partagée près de l’école Jules-Ferry";

    static final String TEXT = "Nous cherchons une famille pour partager notre nounou, lundi et mardi après-midi.";

    private SampleAds() {
    }

    /**
     * Camille Martin's shared-care ad: a family with a nanny, Monday and Tuesday
     * afternoons, from a week after {@code clock}'s today.
     */
    static AdForm sharedCare(Clock clock) {
        AdForm form = new AdForm();
        form.setConfiguration("FAMILY_WITH_NANNY_SEEKS_FAMILY");
        form.setCareType("SHARED");
        form.setTitle(TITLE);
        form.setText(TEXT);
        form.setNeighbourhood(Personas.CENTRE);
        form.getChildren().set(0, child(YearMonth.now(clock).minusMonths(14)));
        form.setSlots(List.of("MONDAY:AFTERNOON", "TUESDAY:AFTERNOON"));
        form.setStartDate(LocalDate.now(clock).plusWeeks(1).toString());
        form.setHosting("ALTERNATING");
        form.setHourlyRate("11,50");
        form.setLanguages(List.of("fr", "en"));
        form.setShowPhone(false);
        form.setShowEmail(true);
        return form;
    }

    /** Nadia Benali's ad: a childminder with two places, weekday mornings. */
    static AdForm childminderOffer(Clock clock) {
        AdForm form = new AdForm();
        form.setConfiguration("NANNY_SEEKS_FAMILY");
        form.setCareType("REGULAR");
        form.setTitle("Assistante maternelle agréée, deux places");
        form.setText("Deux places à partir de la rentrée, jardin clos, sorties au parc tous les matins.");
        form.setNeighbourhood("gare");
        form.setSlots(List.of("MONDAY:MORNING", "TUESDAY:MORNING", "THURSDAY:MORNING"));
        form.setStartDate(LocalDate.now(clock).plusMonths(1).toString());
        form.setQualifications(List.of("APPROVAL", "PSC1"));
        return form;
    }

    /** The content of {@link #sharedCare}, as the validator makes it. */
    static AdContent sharedCareContent(Clock clock) {
        return new AdContent(AdConfiguration.FAMILY_WITH_NANNY_SEEKS_FAMILY, CareType.SHARED, TITLE, TEXT,
                Personas.CENTRE, List.of(YearMonth.now(clock).minusMonths(14)),
                WeeklySchedule.of(DayOfWeek.MONDAY, HalfDay.AFTERNOON)
                    .union(WeeklySchedule.of(DayOfWeek.TUESDAY, HalfDay.AFTERNOON)),
                LocalDate.now(clock).plusWeeks(1), Hosting.ALTERNATING, new BigDecimal("11.50"), Set.of("fr", "en"),
                Set.of(), false, true);
    }

    /** One child row as the form sends it: month and year typed as text. */
    static BirthMonthRow child(YearMonth birth) {
        return new BirthMonthRow(Integer.toString(birth.getMonthValue()), Integer.toString(birth.getYear()));
    }

}
