package org.opencity.childcare.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.Profile;
import org.opencity.childcare.registration.RegistrationForm;
import org.opencity.childcare.registration.RegistrationValidator;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.BirthMonthRow;

/**
 * The people and ads of the alert tests: Camille saves searches; Inès, another family of
 * the centre, and Nadia, a childminder, post ads. Members go straight into the
 * repository, active, without the registration's mails.
 */
final class AlertFixtures {

    static final String CAMILLE_EMAIL = Personas.FAMILY_EMAIL;

    static final String INES_EMAIL = "ines.garcia@example.fr";

    static final String SHARED_TITLE = "Garde partagée près de l’école Jules-Ferry";

    private final JcrTemplate jcr;

    private final Clock clock;

    private final MemberRepository members = new MemberRepository();

    AlertFixtures(JcrTemplate jcr, Clock clock) {
        this.jcr = jcr;
        this.clock = clock;
    }

    /** Camille Martin, active; returns her id. */
    String camille() {
        return active(Personas.family(this.clock));
    }

    /** Inès Garcia, another family of the centre, active; returns her id. */
    String ines() {
        RegistrationForm form = Personas.family(this.clock);
        form.setFirstName("Inès");
        form.setLastName("Garcia");
        form.setEmail(INES_EMAIL);
        return active(form);
    }

    /** Nadia Benali, an approved childminder, active; returns her id. */
    String nadia() {
        return active(Personas.childminder());
    }

    /** Suspends an active member. */
    void suspend(String memberId) {
        this.jcr.write((session) -> {
            Member member = this.members.getById(session, memberId);
            this.members.update(session, member.suspend());
            return member;
        });
    }

    /**
     * A family's shared-care ad in the centre, Monday and Tuesday afternoons, with
     * {@code title}.
     */
    AdForm sharedCare(String title) {
        AdForm form = new AdForm();
        form.setConfiguration("FAMILY_WITH_NANNY_SEEKS_FAMILY");
        form.setCareType("SHARED");
        form.setTitle(title);
        form.setText("Nous cherchons une famille pour partager notre nounou, avec un grand jardin.");
        form.setNeighbourhood(Personas.CENTRE);
        YearMonth born = YearMonth.now(this.clock).minusMonths(14);
        form.getChildren()
            .set(0, new BirthMonthRow(Integer.toString(born.getMonthValue()), Integer.toString(born.getYear())));
        form.setSlots(List.of("MONDAY:AFTERNOON", "TUESDAY:AFTERNOON"));
        form.setStartDate(LocalDate.now(this.clock).plusWeeks(1).toString());
        form.setHosting("ALTERNATING");
        return form;
    }

    /**
     * Nadia's offer: regular care by a childminder near the station, weekday mornings.
     */
    AdForm childminderOffer() {
        AdForm form = new AdForm();
        form.setConfiguration("NANNY_SEEKS_FAMILY");
        form.setCareType("REGULAR");
        form.setTitle("Assistante maternelle agréée, deux places");
        form.setText("Deux places à partir de la rentrée, jardin clos, sorties au parc tous les matins.");
        form.setNeighbourhood("gare");
        form.setSlots(List.of("MONDAY:MORNING", "TUESDAY:MORNING"));
        form.setStartDate(LocalDate.now(this.clock).plusMonths(1).toString());
        form.setQualifications(List.of("APPROVAL"));
        return form;
    }

    private String active(RegistrationForm form) {
        Instant now = this.clock.instant();
        MemberRepository.ensureFolders(this.jcr, now);
        Profile profile = new RegistrationValidator(Personas.neighbourhoods(), this.clock).validate(form,
                new FieldErrors());
        return this.jcr.write((session) -> {
            Member member = this.members.add(session, profile, now, Locale.FRENCH, List.of());
            this.members.update(session, member.approve("ID" + Math.abs(member.id().hashCode()), "Sophie Leroy", now));
            return member.id();
        });
    }

}
