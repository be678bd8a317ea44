package org.opencity.childcare.webapp.backoffice;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.DocumentCheck;
import org.opencity.childcare.member.MemberKind;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.Profile;
import org.opencity.childcare.member.UploadedDocument;
import org.opencity.childcare.moderation.TaskRepository;
import org.opencity.childcare.moderation.TaskType;
import org.opencity.childcare.registration.RegistrationForm;
import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.registration.RegistrationService;
import org.opencity.childcare.validation.FieldErrors;

/**
 * Registration requests waiting in the inbox. Marie Dupont is a mother in the city centre
 * with a toddler and a proof of address; each request gets an e-mail address of its own,
 * because every full-application test shares one repository.
 */
final class Applications {

    static final String PROOF_FILE_NAME = "justificatif-domicile.pdf";

    static final byte[] PROOF = "%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final RegistrationService registrations;

    private final RegistrationInbox inbox;

    private final JcrTemplate jcr;

    Applications(RegistrationService registrations, RegistrationInbox inbox, JcrTemplate jcr) {
        this.registrations = registrations;
        this.inbox = inbox;
        this.jcr = jcr;
    }

    /** An address no other test uses. */
    static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Marie Dupont's form, complete and valid; change fields to vary her. */
    static RegistrationForm marie(String email) {
        RegistrationForm form = new RegistrationForm();
        form.setKind(MemberKind.FAMILY.name());
        form.setFirstName("Marie");
        form.setLastName("Dupont");
        form.setEmail(email);
        form.setPhone("06 12 34 56 78");
        form.setPostalAddress("12 rue des Lilas");
        form.setNeighbourhood("centre");
        form.getChildren().get(0).setMonth("3");
        form.getChildren().get(0).setYear("2024");
        form.setPrivacyAccepted(true);
        return form;
    }

    /** Applies through the registration service, with one PDF proof of address. */
    Application apply(RegistrationForm form) {
        this.registrations.register(form, List.of(proof()), new FieldErrors(), Locale.FRENCH);
        return find(form.getEmail());
    }

    /**
     * A request received some time ago, written straight to the repository because the
     * application's clock is the real one.
     */
    Application receivedAgo(Duration age, String firstName, String lastName) {
        Instant at = Instant.now().minus(age);
        String email = uniqueEmail(firstName.toLowerCase(Locale.ROOT));
        Profile profile = new Profile(MemberKind.FAMILY, null, firstName, lastName, email, null, "3 place du Marché",
                "gare", List.of(YearMonth.of(2023, 9)), null, null);
        MemberRepository.ensureFolders(this.jcr, at);
        TaskRepository.ensureFolders(this.jcr, at);
        return this.jcr.write((session) -> {
            var member = new MemberRepository().add(session, profile, at, Locale.FRENCH, List.of(proof()));
            var task = new TaskRepository().open(session, TaskType.REGISTRATION, member.id(), at);
            return new Application(task.id(), member.id(), email);
        });
    }

    private Application find(String email) {
        return this.inbox.openTasks()
            .stream()
            .filter((item) -> item.member() != null && item.member().profile().email().equals(email))
            .map((item) -> new Application(item.task().id(), item.member().id(), email))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No open task for " + email));
    }

    static UploadedDocument proof() {
        DocumentCheck check = UploadedDocument.check(PROOF_FILE_NAME, PROOF);
        return ((DocumentCheck.Accepted) check).document();
    }

    /** A request as the inbox knows it. */
    record Application(String taskId, String memberId, String email) {

        String taskPath() {
            return "/backoffice/taches/" + this.taskId;
        }

    }

}
