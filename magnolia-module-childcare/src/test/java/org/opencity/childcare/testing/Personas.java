package org.opencity.childcare.testing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.opencity.childcare.city.Neighbourhood;
import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.member.DocumentCheck;
import org.opencity.childcare.member.UploadedDocument;
import org.opencity.childcare.registration.RegistrationForm;
import org.opencity.childcare.validation.BirthMonthRow;

/**
 * The residents the tests talk about, each as they would fill in the registration form.
 * Every call returns a new form, which a test may change without affecting others.
 */
public final class Personas {

    /** The neighbourhood where every persona lives. */
    public static final String CENTRE = "centre";

    /** Camille Martin's address. */
    public static final String FAMILY_EMAIL = "camille.martin@example.fr";

    public static final String CHILDMINDER_EMAIL = "nadia.benali@example.fr";

    public static final String HOME_NANNY_EMAIL = "lucie.robert@example.fr";

    public static final String CHILDMINDER_APPROVAL = "AG-2019-0457";

    private Personas() {
    }

    /**
     * The city's neighbourhoods: the centre, the station district and the plateau. The
     * station district borders the other two; the centre and the plateau do not touch.
     */
    public static Neighbourhoods neighbourhoods() {
        return new Neighbourhoods(List.of(new Neighbourhood(CENTRE, "Centre-ville", Set.of("gare")),
                new Neighbourhood("gare", "Quartier de la Gare", Set.of(CENTRE, "plateau")),
                new Neighbourhood("plateau", "Le Plateau", Set.of("gare"))));
    }

    /**
     * Camille Martin, a family in the centre whose only child was born 14 months before
     * {@code clock}'s today.
     */
    public static RegistrationForm family(Clock clock) {
        RegistrationForm form = resident("FAMILY", "Camille", "Martin", FAMILY_EMAIL);
        form.getChildren().set(0, child(YearMonth.now(clock).minusMonths(14)));
        return form;
    }

    /** Nadia Benali, an approved childminder with 2 places. */
    public static RegistrationForm childminder() {
        RegistrationForm form = resident("CAREGIVER", "Nadia", "Benali", CHILDMINDER_EMAIL);
        form.setCaregiverType("CHILDMINDER");
        form.setApprovalNumber(CHILDMINDER_APPROVAL);
        form.setPlaces("2");
        return form;
    }

    /** Lucie Robert, a home nanny: no approval number, no places. */
    public static RegistrationForm homeNanny() {
        RegistrationForm form = resident("CAREGIVER", "Lucie", "Robert", HOME_NANNY_EMAIL);
        form.setCaregiverType("HOME_NANNY");
        return form;
    }

    /** One child row as the form sends it: month and year typed as text. */
    public static BirthMonthRow child(YearMonth birth) {
        BirthMonthRow row = new BirthMonthRow();
        row.setMonth(Integer.toString(birth.getMonthValue()));
        row.setYear(Integer.toString(birth.getYear()));
        return row;
    }

    /** A one-page PDF proof of address, as uploaded. */
    public static UploadedDocument proofOfAddress() {
        byte[] content = "%PDF-1.4\n%…\n%%EOF".getBytes(StandardCharsets.UTF_8);
        DocumentCheck check = UploadedDocument.check("justificatif.pdf", content);
        if (!(check instanceof DocumentCheck.Accepted accepted)) {
            throw new IllegalStateException("The test PDF was refused: " + check);
        }
        return accepted.document();
    }

    private static RegistrationForm resident(String kind, String firstName, String lastName, String email) {
        RegistrationForm form = new RegistrationForm();
        form.setKind(kind);
        form.setFirstName(firstName);
        form.setLastName(lastName);
        form.setEmail(email);
        form.setPhone("06 12 34 56 78");
        form.setPostalAddress("12 rue de la République");
        form.setNeighbourhood(CENTRE);
        form.setPrivacyAccepted(true);
        return form;
    }

}
