package org.opencity.childcare.conversation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.Ad;
import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdSettings;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.notify.RecordingMailTransport;
import org.opencity.childcare.notify.TestLinks;
import org.opencity.childcare.registration.RegistrationForm;
import org.opencity.childcare.registration.RegistrationValidator;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.token.OneTimeTokens;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.BirthMonthRow;

/**
 * The members of the conversation and report tests, put straight into the repository in
 * the status a test needs, and the ads they post through the real {@link AdService}.
 */
public final class Neighbours {

    /** The title of Camille's shared-care ad. */
    public static final String TITLE = "Garde partagée près de l’école Jules-Ferry";

    private final JcrTemplate jcr;

    private final MutableClock clock;

    private final RecordingMailTransport mails;

    private final MemberRepository members = new MemberRepository();

    public Neighbours(JcrTemplate jcr, MutableClock clock, RecordingMailTransport mails) {
        this.jcr = jcr;
        this.clock = clock;
        this.mails = mails;
    }

    /** An active member who registered with {@code form}; returns their id. */
    public String active(RegistrationForm form) {
        return add(form, (member) -> member.approve(identifier(member), "Sophie Leroy", this.clock.instant()));
    }

    /** An active member a webmaster then suspended. */
    public String suspended(RegistrationForm form) {
        return add(form,
                (member) -> member.approve(identifier(member), "Sophie Leroy", this.clock.instant()).suspend());
    }

    /** Suspends an active member now. */
    public void suspend(String memberId) {
        this.jcr.write((session) -> {
            this.members.update(session, this.members.getById(session, memberId).suspend());
            return memberId;
        });
    }

    /** The member as stored now. */
    public Member member(String memberId) {
        return this.jcr.read((session) -> this.members.getById(session, memberId));
    }

    /** The ad service the tests post with, mailing through the recording transport. */
    public AdService ads() {
        return new AdService(this.jcr, Personas.neighbourhoods(), this.mails.mailer(), new TestLinks(),
                new OneTimeTokens(this.clock, new SecureRandom()), this.clock, AdSettings.defaults());
    }

    /** A shared-care ad published now by the family {@code ownerId}. */
    public Ad sharedCareAd(String ownerId) {
        return ads().post(ownerId, sharedCare(this.clock, TITLE));
    }

    /**
     * A shared-care ad with its own title, published now by the family {@code ownerId}.
     */
    public Ad sharedCareAd(String ownerId, String title) {
        return ads().post(ownerId, sharedCare(this.clock, title));
    }

    /**
     * A family with a nanny looking for a second family, Monday and Tuesday afternoons,
     * from next week.
     */
    public static AdForm sharedCare(Clock clock, String title) {
        AdForm form = new AdForm();
        form.setConfiguration("FAMILY_WITH_NANNY_SEEKS_FAMILY");
        form.setCareType("SHARED");
        form.setTitle(title);
        form.setText("Nous cherchons une famille pour partager notre nounou, lundi et mardi après-midi.");
        form.setNeighbourhood(Personas.CENTRE);
        YearMonth birth = YearMonth.now(clock).minusMonths(14);
        form.getChildren()
            .set(0, new BirthMonthRow(Integer.toString(birth.getMonthValue()), Integer.toString(birth.getYear())));
        form.setSlots(List.of("MONDAY:AFTERNOON", "TUESDAY:AFTERNOON"));
        form.setStartDate(LocalDate.now(clock).plusWeeks(1).toString());
        form.setHosting("ALTERNATING");
        form.setHourlyRate("11,50");
        form.setLanguages(List.of("fr"));
        return form;
    }

    private String add(RegistrationForm form, UnaryOperator<Member> status) {
        Instant now = this.clock.instant();
        MemberRepository.ensureFolders(this.jcr, now);
        var profile = new RegistrationValidator(Personas.neighbourhoods(), this.clock).validate(form,
                new FieldErrors());
        return this.jcr.write((session) -> {
            Member member = this.members.add(session, profile, now, Locale.FRENCH, List.of());
            this.members.update(session, status.apply(member));
            return member.id();
        });
    }

    private static String identifier(Member member) {
        return "ID" + Math.abs(member.id().hashCode());
    }

}
