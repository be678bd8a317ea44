package org.opencity.childcare.webapp.support;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.opencity.childcare.listing.AdForm;
import org.opencity.childcare.validation.BirthMonthRow;

/**
 * Ads as members fill them in: Camille's shared-care ad (a family with a nanny looking
 * for a second family) and the answer of a family looking for such a family.
 */
public final class Ads {

    /**
     * The title of {@link #sharedCare()}; each test adds a word of its own to find it.
     */
    public static final String SHARED_CARE_TITLE = "Garde partagée près de l’école Jules-Ferry";

    private static final ZoneId CITY = ZoneId.of("Europe/Paris");

    private Ads() {
    }

    /**
     * A family with a nanny seeks a second family: shared care in the centre, Monday and
     * Tuesday afternoons, a 14-month-old, from next week, alternating homes.
     */
    public static AdForm sharedCare() {
        AdForm form = new AdForm();
        form.setConfiguration("FAMILY_WITH_NANNY_SEEKS_FAMILY");
        form.setCareType("SHARED");
        form.setTitle(SHARED_CARE_TITLE);
        form.setText("Nous cherchons une famille pour partager notre nounou, lundi et mardi après-midi.");
        form.setNeighbourhood("centre");
        form.getChildren().set(0, child(YearMonth.now(CITY).minusMonths(14)));
        form.setSlots(List.of("MONDAY:AFTERNOON", "TUESDAY:AFTERNOON"));
        form.setStartDate(LocalDate.now(CITY).plusWeeks(1).toString());
        form.setHosting("ALTERNATING");
        form.setHourlyRate("11,50");
        form.setLanguages(List.of("fr", "en"));
        return form;
    }

    /**
     * A family seeks a family to share a nanny: the centre too, Monday afternoons, a
     * 20-month-old, from next week, either home.
     */
    public static AdForm familySeekingFamily() {
        AdForm form = new AdForm();
        form.setConfiguration("FAMILY_SEEKS_FAMILY");
        form.setCareType("SHARED");
        form.setTitle("Cherche famille pour garde partagée");
        form.setText("Notre fille a 20 mois, nous cherchons une famille pour partager une nounou l’après-midi.");
        form.setNeighbourhood("centre");
        form.getChildren().set(0, child(YearMonth.now(CITY).minusMonths(20)));
        form.setSlots(List.of("MONDAY:AFTERNOON", "THURSDAY:AFTERNOON"));
        form.setStartDate(LocalDate.now(CITY).plusWeeks(2).toString());
        form.setHosting("EITHER");
        return form;
    }

    /** The fields the ad form sends for {@code form}, as a browser posts them. */
    public static MultiValueMap<String, String> fields(AdForm form) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        put(fields, "configuration", form.getConfiguration());
        put(fields, "careType", form.getCareType());
        put(fields, "title", form.getTitle());
        put(fields, "text", form.getText());
        put(fields, "neighbourhood", form.getNeighbourhood());
        for (int i = 0; i < form.getChildren().size(); i++) {
            put(fields, "children[" + i + "].month", form.getChildren().get(i).getMonth());
            put(fields, "children[" + i + "].year", form.getChildren().get(i).getYear());
        }
        form.getSlots().forEach((slot) -> fields.add("slots", slot));
        put(fields, "startDate", form.getStartDate());
        put(fields, "hosting", form.getHosting());
        put(fields, "hourlyRate", form.getHourlyRate());
        form.getLanguages().forEach((language) -> fields.add("languages", language));
        form.getQualifications().forEach((qualification) -> fields.add("qualifications", qualification));
        if (form.isShowPhone()) {
            fields.add("showPhone", "true");
        }
        if (form.isShowEmail()) {
            fields.add("showEmail", "true");
        }
        return fields;
    }

    private static void put(MultiValueMap<String, String> fields, String name, String value) {
        if (value != null) {
            fields.add(name, value);
        }
    }

    private static BirthMonthRow child(YearMonth birth) {
        return new BirthMonthRow(Integer.toString(birth.getMonthValue()), Integer.toString(birth.getYear()));
    }

}
