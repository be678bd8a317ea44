package org.opencity.childcare.privacy;

import java.util.List;
import java.util.Locale;

import org.opencity.childcare.conversation.ConversationService;
import org.opencity.childcare.conversation.Neighbours;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.PrefixPasswordHasher;
import org.opencity.childcare.member.UploadedDocument;
import org.opencity.childcare.notify.RecordingMailTransport;
import org.opencity.childcare.notify.TestLinks;
import org.opencity.childcare.registration.RegistrationForm;
import org.opencity.childcare.registration.RegistrationValidator;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.validation.FieldErrors;

/**
 * Members of the privacy tests, put straight into the repository: active, with a password
 * they can type again, and, when a test needs one, a registration document still stored.
 */
final class Leavers {

    /** The password every member here chose. */
    static final String PASSWORD = "violon cactus marée nocturne";

    private final JcrTemplate jcr;

    private final MutableClock clock;

    private final RecordingMailTransport mails;

    private final MemberRepository members = new MemberRepository();

    Leavers(JcrTemplate jcr, MutableClock clock, RecordingMailTransport mails) {
        this.jcr = jcr;
        this.clock = clock;
        this.mails = mails;
    }

    /** An active member with {@link #PASSWORD}, approved now; returns their id. */
    String active(RegistrationForm form) {
        return active(form, List.of());
    }

    /**
     * An active member with {@link #PASSWORD} whose registration documents are still
     * stored.
     */
    String active(RegistrationForm form, List<UploadedDocument> documents) {
        MemberRepository.ensureFolders(this.jcr, this.clock.instant());
        var profile = new RegistrationValidator(Personas.neighbourhoods(), this.clock).validate(form,
                new FieldErrors());
        return this.jcr.write((session) -> {
            Member member = this.members.add(session, profile, this.clock.instant(), Locale.FRENCH, documents);
            Member active = member.approve("ID" + Math.abs(member.id().hashCode()), "Sophie Leroy",
                    this.clock.instant());
            this.members.update(session, active.withPasswordHash(new PrefixPasswordHasher().hash(PASSWORD)));
            return member.id();
        });
    }

    /** The member as stored now. */
    Member member(String memberId) {
        return this.jcr.read((session) -> this.members.getById(session, memberId));
    }

    boolean exists(String memberId) {
        return this.jcr.read((session) -> this.members.findById(session, memberId)).isPresent();
    }

    /** Posting ads and the rest, through the module's own services. */
    Neighbours neighbours() {
        return new Neighbours(this.jcr, this.clock, this.mails);
    }

    ConversationService conversations() {
        return new ConversationService(this.jcr, this.mails.mailer(), new TestLinks(), this.clock);
    }

}
