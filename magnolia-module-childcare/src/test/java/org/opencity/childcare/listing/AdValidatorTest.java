package org.opencity.childcare.listing;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.opencity.childcare.member.MemberKind;
import org.opencity.childcare.testing.MutableClock;
import org.opencity.childcare.testing.Personas;
import org.opencity.childcare.validation.FieldError;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.validation.BirthMonthRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AdValidator}: each rule of the ad form, reported against its field.
 */
class AdValidatorTest {

    private final MutableClock clock = MutableClock.atTypicalMorning();

    private final AdValidator validator = new AdValidator(Personas.neighbourhoods(), this.clock);

    @Test
    void validateWhenSharedCareIsCompleteShouldGiveTheContent() {
        AdContent content = this.validator.validate(SampleAds.sharedCare(this.clock), MemberKind.FAMILY);

        assertThat(content).isEqualTo(SampleAds.sharedCareContent(this.clock));
    }

    @Test
    void validateWhenCaregiverOfferShouldKeepQualificationsAndNoHosting() {
        AdForm form = SampleAds.childminderOffer(this.clock);
        form.setHosting("OUR_HOME");

        AdContent content = this.validator.validate(form, MemberKind.CAREGIVER);

        assertThat(content.qualifications()).containsExactlyInAnyOrder(Qualification.APPROVAL, Qualification.PSC1);
        assertThat(content.children()).isEmpty();
        assertThat(content.hosting()).as("hosting ignored outside families' shared care").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "BOTH", "family_seeks_family" })
    void validateWhenConfigurationUnknownShouldAskForIt(String configuration) {
        assertRejected(MemberKind.FAMILY, (form) -> form.setConfiguration(configuration), "configuration",
                "childcare.ad.error.configuration");
    }

    @Test
    void validateWhenFamilyPostsANannysAdShouldRefuseTheConfiguration() {
        AdForm form = SampleAds.childminderOffer(this.clock);
        form.setQualifications(List.of());

        assertRejected(form, MemberKind.FAMILY, "configuration", "childcare.ad.error.configurationFamily");
    }

    @Test
    void validateWhenCaregiverPostsAFamilysAdShouldRefuseTheConfiguration() {
        assertRejected(MemberKind.CAREGIVER, (form) -> form.getChildren().clear(), "configuration",
                "childcare.ad.error.configurationCaregiver");
    }

    @ParameterizedTest
    @ValueSource(strings = { "REGULAR", "BABYSITTING" })
    void validateWhenFamiliesShareSomethingElseShouldSayWhichCareTypesGo(String careType) {
        assertRejected(MemberKind.FAMILY, (form) -> form.setCareType(careType), "careType",
                "childcare.ad.error.careTypeBetweenFamilies");
    }

    @Test
    void validateWhenCareTypeMissingShouldAskForIt() {
        assertRejected(MemberKind.FAMILY, (form) -> form.setCareType(null), "careType", "childcare.ad.error.careType");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Bébé",
            "Une garde partagée près de la gare, le lundi, le mardi " + "et le jeudi après-midi !!!" })
    void validateWhenTitleTooShortOrTooLongShouldGiveTheBounds(String title) {
        FieldError error = rejected(MemberKind.FAMILY, (form) -> form.setTitle(title), "title");

        assertThat(error.messageKey()).isEqualTo("childcare.ad.error.titleLength");
        assertThat(error.arguments()).containsExactly(5, 80);
    }

    @Test
    void validateWhenTitleHasFiveCharactersShouldAcceptIt() {
        AdForm form = SampleAds.sharedCare(this.clock);
        form.setTitle("Garde");

        assertThat(this.validator.validate(form, MemberKind.FAMILY).title()).isEqualTo("Garde");
    }

    @Test
    void validateWhenTitleOnTwoLinesShouldRefuseIt() {
        assertRejected(MemberKind.FAMILY, (form) -> form.setTitle("Garde partagée\nau centre"), "title",
                "childcare.validation.controlCharacters");
    }

    @Test
    void validateWhenTextHasSeveralLinesShouldKeepThem() {
        AdForm form = SampleAds.sharedCare(this.clock);
        form.setText("Bonjour,\r\nnous cherchons une famille.\r\n\r\nÀ bientôt !");

        assertThat(this.validator.validate(form, MemberKind.FAMILY).text())
            .isEqualTo("Bonjour,\nnous cherchons une famille.\n\nÀ bientôt !");
    }

    @Test
    void validateWhenTextTooShortShouldGiveTheBounds() {
        FieldError error = rejected(MemberKind.FAMILY, (form) -> form.setText("Appelez-nous."), "text");

        assertThat(error.messageKey()).isEqualTo("childcare.ad.error.textLength");
        assertThat(error.arguments()).containsExactly(20, 2000);
    }

    @Test
    void validateWhenTextTooLongShouldRefuseIt() {
        assertRejected(MemberKind.FAMILY, (form) -> form.setText("a".repeat(2001)), "text",
                "childcare.ad.error.textLength");
    }

    @Test
    void validateWhenTextHasInvisibleCharactersShouldRefuseIt() {
        assertRejected(MemberKind.FAMILY,
                (form) -> form.setText("Nous cherchons une famille\u0007 pour partager notre nounou."), "text",
                "childcare.validation.controlCharacters");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Centre", "quartier-nord" })
    void validateWhenNeighbourhoodNotConfiguredShouldRefuseIt(String neighbourhood) {
        assertRejected(MemberKind.FAMILY, (form) -> form.setNeighbourhood(neighbourhood), "neighbourhood",
                "childcare.ad.error.neighbourhood");
    }

    @Test
    void validateWhenFamilyListsNoChildShouldAskForOne() {
        assertRejected(MemberKind.FAMILY, (form) -> form.getChildren().set(0, new BirthMonthRow()), "children",
                "childcare.ad.error.childrenRequired");
    }

    @Test
    void validateWhenChildBirthIsNotADateShouldPointAtTheRow() {
        assertRejected(MemberKind.FAMILY, (form) -> form.getChildren().set(1, new BirthMonthRow("13", "2024")),
                "children[1]", "childcare.ad.error.childDate");
    }

    @Test
    void validateWhenChildTooOldShouldRefuseIt() {
        YearMonth seventeen = YearMonth.now(this.clock).minusYears(17);

        assertRejected(MemberKind.FAMILY, (form) -> form.getChildren().set(0, SampleAds.child(seventeen)),
                "children[0]", "childcare.ad.error.childTooOld");
    }

    @Test
    void validateWhenNoHalfDayShouldAskForASchedule() {
        assertRejected(MemberKind.FAMILY, (form) -> form.setSlots(List.of()), "slots",
                "childcare.ad.error.scheduleRequired");
    }

    @Test
    void validateWhenSlotIsForgedShouldRefuseIt() {
        assertRejected(MemberKind.FAMILY, (form) -> form.setSlots(List.of("MONDAY:NIGHT")), "slots",
                "childcare.ad.error.slots");
    }

    @Test
    void validateWhenTimeRangeGivenShouldUniteItWithTheTickedHalfDays() {
        AdForm form = SampleAds.sharedCare(this.clock);
        form.getRanges().set(0, new AdForm.TimeRangeRow("THURSDAY", "16:30", "19:00"));

        WeeklySchedule schedule = this.validator.validate(form, MemberKind.FAMILY).schedule();

        assertThat(schedule.slots()).containsExactly("MONDAY:AFTERNOON", "TUESDAY:AFTERNOON", "THURSDAY:AFTERNOON",
                "THURSDAY:EVENING");
    }

    @Test
    void validateWhenOnlyATimeRangeShouldBeEnough() {
        AdForm form = SampleAds.sharedCare(this.clock);
        form.setSlots(List.of());
        form.getRanges().set(2, new AdForm.TimeRangeRow("FRIDAY", "8:00", "11:30"));

        assertThat(this.validator.validate(form, MemberKind.FAMILY).schedule())
            .isEqualTo(WeeklySchedule.of(DayOfWeek.FRIDAY, HalfDay.MORNING));
    }

    @ParameterizedTest
    @CsvSource({ "TUESDAY,19:00,16:30", "TUESDAY,16h30,19:00", "MARDI,16:30,19:00", "TUESDAY,,19:00",
            "TUESDAY,25:00,26:00" })
    void validateWhenTimeRangeInvalidShouldPointAtTheRow(String day, String from, String to) {
        assertRejected(MemberKind.FAMILY, (form) -> form.getRanges().set(1, new AdForm.TimeRangeRow(day, from, to)),
                "ranges[1]", "childcare.ad.error.range");
    }

    @Test
    void validateWhenStartDateIsTodayOrInOneYearShouldAcceptIt() {
        LocalDate today = LocalDate.now(this.clock);
        AdForm form = SampleAds.sharedCare(this.clock);

        form.setStartDate(today.toString());
        assertThat(this.validator.validate(form, MemberKind.FAMILY).startDate()).isEqualTo(today);
        form.setStartDate(today.plusYears(1).toString());
        assertThat(this.validator.validate(form, MemberKind.FAMILY).startDate()).isEqualTo(today.plusYears(1));
    }

    @Test
    void validateWhenStartDateIsYesterdayOrBeyondOneYearShouldRefuseIt() {
        LocalDate today = LocalDate.now(this.clock);

        assertRejected(MemberKind.FAMILY, (form) -> form.setStartDate(today.minusDays(1).toString()), "startDate",
                "childcare.ad.error.startDateRange");
        assertRejected(MemberKind.FAMILY, (form) -> form.setStartDate(today.plusYears(1).plusDays(1).toString()),
                "startDate", "childcare.ad.error.startDateRange");
    }

    @Test
    void validateWhenStartDateNotADateShouldRefuseIt() {
        assertRejected(MemberKind.FAMILY, (form) -> form.setStartDate("17/03/2026"), "startDate",
                "childcare.ad.error.startDate");
    }

    @Test
    void validateWhenFamiliesShareCareWithoutHostingShouldAskWhere() {
        assertRejected(MemberKind.FAMILY, (form) -> form.setHosting(""), "hosting", "childcare.ad.error.hosting");
    }

    @Test
    void validateWhenSchoolPickUpShouldIgnoreHosting() {
        AdForm form = SampleAds.sharedCare(this.clock);
        form.setCareType("SCHOOL_PICKUP");
        form.setHosting("nonsense");

        assertThat(this.validator.validate(form, MemberKind.FAMILY).hosting()).isNull();
    }

    @ParameterizedTest
    @CsvSource({ "'12,50', 12.50", "12.5, 12.5", "1, 1", "100, 100", "'', " })
    void validateWhenRateIsFrenchOrEnglishDecimalShouldReadIt(String typed, BigDecimal expected) {
        AdForm form = SampleAds.sharedCare(this.clock);
        form.setHourlyRate(typed);

        assertThat(this.validator.validate(form, MemberKind.FAMILY).hourlyRate()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0,99", "100,01", "12,505", "douze", "-5", "1e2" })
    void validateWhenRateOutOfBoundsOrMalformedShouldGiveTheBounds(String typed) {
        FieldError error = rejected(MemberKind.FAMILY, (form) -> form.setHourlyRate(typed), "hourlyRate");

        assertThat(error.messageKey()).isEqualTo("childcare.ad.error.hourlyRate");
        assertThat(error.arguments()).containsExactly(BigDecimal.ONE, new BigDecimal(100));
    }

    @Test
    void validateWhenLanguageNotInTheListShouldRefuseIt() {
        assertRejected(MemberKind.FAMILY, (form) -> form.setLanguages(List.of("fr", "klingon")), "languages",
                "childcare.ad.error.language");
    }

    @Test
    void validateWhenSixLanguagesShouldAllowFive() {
        FieldError error = rejected(MemberKind.FAMILY,
                (form) -> form.setLanguages(List.of("fr", "en", "ar", "es", "pt", "wo")), "languages");

        assertThat(error.messageKey()).isEqualTo("childcare.ad.error.tooManyLanguages");
        assertThat(error.arguments()).containsExactly(5);
    }

    @Test
    void validateWhenFamilyClaimsQualificationsShouldRefuseThem() {
        assertRejected(MemberKind.FAMILY, (form) -> form.setQualifications(List.of("PSC1")), "qualifications",
                "childcare.ad.error.qualificationsCaregiverOnly");
    }

    @Test
    void validateWhenQualificationUnknownShouldRefuseIt() {
        AdForm form = SampleAds.childminderOffer(this.clock);
        form.setQualifications(List.of("DOCTORATE"));

        assertRejected(form, MemberKind.CAREGIVER, "qualifications", "childcare.ad.error.qualification");
    }

    @Test
    void validateWhenSeveralFieldsAreWrongShouldReportEachOnce() {
        AdForm form = new AdForm();

        assertThatExceptionOfType(InvalidInputException.class)
            .isThrownBy(() -> this.validator.validate(form, MemberKind.FAMILY))
            .satisfies((ex) -> assertThat(ex.errors().all()).extracting(FieldError::field)
                .containsExactly("configuration", "careType", "title", "text", "neighbourhood", "slots", "startDate"));
    }

    private void assertRejected(MemberKind poster, Consumer<AdForm> change, String field, String messageKey) {
        assertThat(rejected(poster, change, field).messageKey()).isEqualTo(messageKey);
    }

    private void assertRejected(AdForm form, MemberKind poster, String field, String messageKey) {
        assertThat(rejected(form, poster, field).messageKey()).isEqualTo(messageKey);
    }

    private FieldError rejected(MemberKind poster, Consumer<AdForm> change, String field) {
        AdForm form = SampleAds.sharedCare(this.clock);
        change.accept(form);
        return rejected(form, poster, field);
    }

    private FieldError rejected(AdForm form, MemberKind poster, String field) {
        InvalidInputException ex = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> this.validator.validate(form, poster));
        assertThat(ex).as("the form should be refused").isNotNull();
        assertThat(ex.errors().all()).as("errors").extracting(FieldError::field).containsOnlyOnce(field);
        return ex.errors().get(field).orElseThrow();
    }

}
