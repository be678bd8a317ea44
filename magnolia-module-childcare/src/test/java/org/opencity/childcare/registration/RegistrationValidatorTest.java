package org.opencity.childcare.registration;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencity.childcare.member.CaregiverType;
import org.opencity.childcare.member.MemberKind;
import org.opencity.childcare.member.Profile;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.validation.FieldError;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.validation.BirthMonthRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link RegistrationValidator}: what an applicant is told about each field of
 * the registration form, and what is accepted as they typed it.
 */
class RegistrationValidatorTest {

    private static final String REQUIRED = "childcare.validation.required";

    private static final String TOO_LONG = "childcare.validation.tooLong";

    private static final String CONTROL_CHARACTERS = "childcare.validation.controlCharacters";

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final RegistrationValidator validator = new RegistrationValidator(Personas.neighbourhoods(), this.clock);

    @Test
    void validateWhenFamilyFormIsCompleteShouldDescribeTheFamily() {
        RegistrationForm form = Personas.family(this.clock);
        form.setEmail("  Camille.Martin@Example.FR ");

        Profile profile = this.validator.validate(form, new FieldErrors());

        assertThat(profile.kind()).isEqualTo(MemberKind.FAMILY);
        assertThat(profile.firstName()).isEqualTo("Camille");
        assertThat(profile.lastName()).isEqualTo("Martin");
        assertThat(profile.email()).isEqualTo("camille.martin@example.fr");
        assertThat(profile.neighbourhood()).isEqualTo(Personas.CENTRE);
        assertThat(profile.children()).containsExactly(YearMonth.now(this.clock).minusMonths(14));
        assertThat(profile.approvalNumber()).isNull();
    }

    @Test
    void validateWhenChildminderFormIsCompleteShouldKeepApprovalAndPlaces() {
        Profile profile = this.validator.validate(Personas.childminder(), new FieldErrors());

        assertThat(profile.kind()).isEqualTo(MemberKind.CAREGIVER);
        assertThat(profile.caregiverType()).isEqualTo(CaregiverType.CHILDMINDER);
        assertThat(profile.approvalNumber()).isEqualTo(Personas.CHILDMINDER_APPROVAL);
        assertThat(profile.places()).isEqualTo(2);
        assertThat(profile.children()).isEmpty();
    }

    static Stream<Arguments> missingFields() {
        return Stream.of(missing("kind", (f) -> f.setKind(null), "childcare.registration.error.kind"),
                missing("firstName", (f) -> f.setFirstName(""), REQUIRED),
                missing("lastName", (f) -> f.setLastName("   "), REQUIRED),
                missing("email", (f) -> f.setEmail(null), REQUIRED),
                missing("postalAddress", (f) -> f.setPostalAddress(""), REQUIRED),
                missing("neighbourhood", (f) -> f.setNeighbourhood(""), "childcare.registration.error.neighbourhood"),
                missing("privacyAccepted", (f) -> f.setPrivacyAccepted(false), "childcare.registration.error.privacy"),
                missing("children", (f) -> f.setChildren(List.of(new BirthMonthRow())),
                        "childcare.registration.error.childrenRequired"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingFields")
    void validateWhenAFamilyFieldIsMissingShouldReportThatFieldOnly(String field, Consumer<RegistrationForm> blank,
            String messageKey) {
        RegistrationForm form = Personas.family(this.clock);
        blank.accept(form);

        assertThat(refusal(form).all()).containsExactly(new FieldError(field, messageKey, List.of()));
    }

    static Stream<Arguments> missingCaregiverFields() {
        return Stream.of(
                missing("caregiverType", (f) -> f.setCaregiverType(""), "childcare.registration.error.caregiverType"),
                missing("approvalNumber", (f) -> f.setApprovalNumber(null), REQUIRED),
                missing("places", (f) -> f.setPlaces(""), "childcare.registration.error.places"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingCaregiverFields")
    void validateWhenAChildminderFieldIsMissingShouldReportThatField(String field, Consumer<RegistrationForm> blank,
            String messageKey) {
        RegistrationForm form = Personas.childminder();
        blank.accept(form);

        assertThat(refusal(form).all()).extracting(FieldError::field, FieldError::messageKey)
            .containsExactly(tuple(field, messageKey));
    }

    @Test
    void validateWhenRefusedShouldLeaveWhatWasTypedInTheForm() {
        RegistrationForm form = Personas.family(this.clock);
        form.setFirstName("<b>Camille</b>");
        form.setEmail("  Camille.Martin@Example.FR ");
        form.setPhone("06 12 34 56 78");
        form.setPostalAddress("12 rue de la République");
        form.getChildren().set(1, Personas.child(YearMonth.of(2020, 2)));

        refusal(form);

        assertThat(form.getFirstName()).isEqualTo("<b>Camille</b>");
        assertThat(form.getLastName()).isEqualTo("Martin");
        assertThat(form.getEmail()).isEqualTo("  Camille.Martin@Example.FR ");
        assertThat(form.getPhone()).isEqualTo("06 12 34 56 78");
        assertThat(form.getPostalAddress()).isEqualTo("12 rue de la République");
        assertThat(form.getNeighbourhood()).isEqualTo(Personas.CENTRE);
        assertThat(form.getChildren()).hasSize(RegistrationForm.CHILD_ROWS);
        assertThat(form.getChildren().get(1).getMonth()).isEqualTo("2");
        assertThat(form.getChildren().get(1).getYear()).isEqualTo("2020");
        assertThat(form.isPrivacyAccepted()).isTrue();
    }

    @Test
    void validateWhenNamesHaveSixtyOneCharactersShouldSayTheyAreTooLong() {
        RegistrationForm form = Personas.family(this.clock);
        form.setFirstName("A".repeat(61));
        form.setLastName("B".repeat(61));

        FieldErrors errors = refusal(form);

        assertThat(errors.get("firstName")).contains(new FieldError("firstName", TOO_LONG, List.of(60)));
        assertThat(errors.get("lastName")).contains(new FieldError("lastName", TOO_LONG, List.of(60)));
    }

    @Test
    void validateWhenNamesHaveSixtyCharactersShouldAcceptThem() {
        RegistrationForm form = Personas.family(this.clock);
        form.setFirstName("A".repeat(60));

        assertThat(this.validator.validate(form, new FieldErrors()).firstName()).hasSize(60);
    }

    @Test
    void validateWhenEmailHas255CharactersShouldSayItIsTooLong() {
        RegistrationForm form = Personas.family(this.clock);
        form.setEmail("a".repeat(244) + "@example.fr");

        assertThat(refusal(form).get("email")).contains(new FieldError("email", TOO_LONG, List.of(254)));
    }

    @Test
    void validateWhenAddressHas201CharactersShouldSayItIsTooLong() {
        RegistrationForm form = Personas.family(this.clock);
        form.setPostalAddress("12 rue " + "x".repeat(194));

        assertThat(refusal(form).get("postalAddress"))
            .contains(new FieldError("postalAddress", TOO_LONG, List.of(200)));
    }

    @Test
    void validateWhenNameHoldsHtmlShouldRefuseItsCharacters() {
        RegistrationForm form = Personas.family(this.clock);
        form.setFirstName("<script>alert(1)</script>");

        assertThat(refusal(form).all()).extracting(FieldError::field, FieldError::messageKey)
            .containsExactly(tuple("firstName", "childcare.registration.error.nameCharacters"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Jean-Pierre", "N’Diaye", "Zoé", "O'Neil", "Marie Anne", "St. John" })
    void validateWhenNameHasHyphensApostrophesOrAccentsShouldAcceptIt(String name) {
        RegistrationForm form = Personas.family(this.clock);
        form.setFirstName(name);
        form.setLastName(name);

        Profile profile = this.validator.validate(form, new FieldErrors());

        assertThat(profile.firstName()).isEqualTo(name);
        assertThat(profile.lastName()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Zo\u0000é", "Cam\u200Bille", "Ca\u0007mille", "Camille\u202E" })
    void validateWhenNameHoldsControlCharactersShouldRefuseIt(String name) {
        RegistrationForm form = Personas.family(this.clock);
        form.setFirstName(name);

        assertThat(refusal(form).get("firstName")).map(FieldError::messageKey).contains(CONTROL_CHARACTERS);
    }

    @Test
    void validateWhenAddressSpansTwoLinesShouldRefuseIt() {
        RegistrationForm form = Personas.family(this.clock);
        form.setPostalAddress("12 rue de la République\nBâtiment B");

        assertThat(refusal(form).get("postalAddress")).map(FieldError::messageKey).contains(CONTROL_CHARACTERS);
    }

    @Test
    void validateWhenAddressHoldsATabShouldRefuseIt() {
        RegistrationForm form = Personas.family(this.clock);
        form.setPostalAddress("12 rue de la République\tBâtiment B");

        assertThat(refusal(form).get("postalAddress")).map(FieldError::messageKey).contains(CONTROL_CHARACTERS);
    }

    @Test
    void validateWhenChildWasBornSeventeenYearsAgoShouldSayTheServiceIsForYoungerChildren() {
        RegistrationForm form = Personas.family(this.clock);
        form.getChildren().set(0, Personas.child(YearMonth.now(this.clock).minusYears(17)));

        assertThat(refusal(form).all())
            .containsExactly(new FieldError("children[0]", "childcare.registration.error.childTooOld", List.of(16)));
    }

    @Test
    void validateWhenBirthIsExpectedEightMonthsAheadShouldAcceptIt() {
        RegistrationForm form = Personas.family(this.clock);
        YearMonth expected = YearMonth.now(this.clock).plusMonths(8);
        form.getChildren().set(0, Personas.child(expected));

        assertThat(this.validator.validate(form, new FieldErrors()).children()).containsExactly(expected);
    }

    @Test
    void validateWhenBirthIsExpectedTenMonthsAheadShouldRefuseIt() {
        RegistrationForm form = Personas.family(this.clock);
        form.getChildren().set(0, Personas.child(YearMonth.now(this.clock).plusMonths(10)));

        assertThat(refusal(form).all()).containsExactly(
                new FieldError("children[0]", "childcare.registration.error.childTooFarAhead", List.of(9)));
    }

    @Test
    void validateWhenChildDateIsNotADateShouldPointAtThatRow() {
        RegistrationForm form = Personas.family(this.clock);
        BirthMonthRow row = new BirthMonthRow();
        row.setMonth("13");
        row.setYear("24");
        form.getChildren().set(2, row);

        assertThat(refusal(form).all()).extracting(FieldError::field, FieldError::messageKey)
            .containsExactly(tuple("children[2]", "childcare.registration.error.childDate"));
    }

    @Test
    void validateWhenChildminderOffersSevenPlacesShouldRefuse() {
        RegistrationForm form = Personas.childminder();
        form.setPlaces("7");

        assertThat(refusal(form).all())
            .containsExactly(new FieldError("places", "childcare.registration.error.places", List.of(6)));
    }

    @Test
    void validateWhenCaregiverFilledChildRowsShouldIgnoreThem() {
        RegistrationForm form = Personas.homeNanny();
        form.getChildren().set(0, Personas.child(YearMonth.now(this.clock).minusYears(30)));
        BirthMonthRow nonsense = new BirthMonthRow();
        nonsense.setMonth("abc");
        form.getChildren().set(1, nonsense);

        Profile profile = this.validator.validate(form, new FieldErrors());

        assertThat(profile.caregiverType()).isEqualTo(CaregiverType.HOME_NANNY);
        assertThat(profile.children()).isEmpty();
        assertThat(profile.approvalNumber()).isNull();
        assertThat(profile.places()).isNull();
    }

    @Test
    void validateWhenNeighbourhoodIsUnknownShouldAskToChooseFromTheList() {
        RegistrationForm form = Personas.family(this.clock);
        form.setNeighbourhood("atlantide");

        assertThat(refusal(form).all())
            .containsExactly(new FieldError("neighbourhood", "childcare.registration.error.neighbourhood", List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "06 12 34 56 78", "+33 6 12 34 56 78", "06.12.34.56.78", "0033612345678" })
    void validateWhenPhoneIsAFrenchNumberShouldKeepItAsTyped(String phone) {
        RegistrationForm form = Personas.family(this.clock);
        form.setPhone(phone);

        assertThat(this.validator.validate(form, new FieldErrors()).phone()).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = { "12345", "06 12 34 56", "+44 20 7946 0958", "06 12 34 56 78 90" })
    void validateWhenPhoneIsNotAFrenchNumberShouldRefuseIt(String phone) {
        RegistrationForm form = Personas.family(this.clock);
        form.setPhone(phone);

        assertThat(refusal(form).all())
            .containsExactly(new FieldError("phone", "childcare.registration.error.phone", List.of()));
    }

    @Test
    void validateWhenPhoneIsLeftEmptyShouldAcceptTheFormWithoutPhone() {
        RegistrationForm form = Personas.family(this.clock);
        form.setPhone("  ");

        assertThat(this.validator.validate(form, new FieldErrors()).phone()).isNull();
    }

    @Test
    void validateWhenPrivacyNoticeIsNotAcceptedShouldRefuse() {
        RegistrationForm form = Personas.homeNanny();
        form.setPrivacyAccepted(false);

        assertThat(refusal(form).all())
            .containsExactly(new FieldError("privacyAccepted", "childcare.registration.error.privacy", List.of()));
    }

    @Test
    void validateWhenDocumentsWereRefusedShouldReportThemWithTheFormErrors() {
        RegistrationForm form = Personas.family(this.clock);
        form.setFirstName("");
        FieldErrors documentErrors = new FieldErrors().reject("documents",
                "childcare.registration.error.documentsRequired");

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> this.validator.validate(form, documentErrors));

        assertThat(refusal.errors().all()).extracting(FieldError::field).containsExactly("documents", "firstName");
    }

    private FieldErrors refusal(RegistrationForm form) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> this.validator.validate(form, new FieldErrors()));

        assertThat(refusal).as("the form should be refused").isNotNull();
        return refusal.errors();
    }

    private static Arguments missing(String field, Consumer<RegistrationForm> blank, String messageKey) {
        return Arguments.of(field, blank, messageKey);
    }

}
