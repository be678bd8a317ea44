package org.opencity.childcare.listing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.registration.RegistrationForm;
import org.opencity.childcare.registration.RegistrationValidator;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.validation.FieldErrors;

/**
 * Puts members straight into the repository, in the status a test needs, without going
 * through the registration's mails and inbox.
 */
final class TestMembers {

    private final JcrTemplate jcr;

    private final Clock clock;

    private final MemberRepository members = new MemberRepository();

    TestMembers(JcrTemplate jcr, Clock clock) {
        this.jcr = jcr;
        this.clock = clock;
    }

    /** An active member who registered with {@code form}; returns their id. */
    String active(RegistrationForm form) {
        return add(form, (member) -> member.approve("ID" + Math.abs(member.id().hashCode()), "Sophie Leroy",
                this.clock.instant()));
    }

    /** A member whose registration a webmaster has not decided yet. */
    String pending(RegistrationForm form) {
        return add(form, UnaryOperator.identity());
    }

    /** An active member a webmaster then suspended. */
    String suspended(RegistrationForm form) {
        return add(form,
                (member) -> member
                    .approve("ID" + Math.abs(member.id().hashCode()), "Sophie Leroy", this.clock.instant())
                    .suspend());
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

}
