package org.opencity.childcare.webapp.site;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.listing.AdConfiguration;
import org.opencity.childcare.listing.AdValidator;
import org.opencity.childcare.listing.CareType;
import org.opencity.childcare.listing.HalfDay;
import org.opencity.childcare.listing.Hosting;
import org.opencity.childcare.listing.Qualification;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberKind;
import org.opencity.childcare.webapp.web.Options;

/**
 * The choices the ad form and the search filters offer, labelled in the member's
 * language.
 */
@Component
class AdFormOptions {

    private final Neighbourhoods neighbourhoods;

    private final Messages messages;

    AdFormOptions(Neighbourhoods neighbourhoods, Messages messages) {
        this.neighbourhoods = neighbourhoods;
        this.messages = messages;
    }

    /**
     * Adds the ad form's choices to the model; the configurations and qualifications
     * offered are those the member's kind may use.
     */
    void addTo(Model model, Member member, Locale locale) {
        MemberKind kind = member.profile().kind();
        model.addAttribute("configurations",
                Arrays.stream(AdConfiguration.values())
                    .filter((c) -> c.poster() == kind)
                    .map((c) -> option(c, "childcare.ad.configuration.", locale))
                    .toList());
        model.addAttribute("caregiver", kind == MemberKind.CAREGIVER);
        model.addAttribute("hasPhone", member.profile().phone() != null);
        model.addAttribute("careTypes", careTypes(locale));
        model.addAttribute("neighbourhoods", neighbourhoods());
        model.addAttribute("months", months(locale));
        model.addAttribute("days", days(locale));
        model.addAttribute("halfDays", halfDays(locale));
        model.addAttribute("hostings", Options.ofEnum(Hosting.class, "childcare.ad.hosting", this.messages, locale));
        model.addAttribute("languages",
                AdValidator.LANGUAGES.stream()
                    .map((code) -> Options.option(code, this.messages.get("childcare.ad.language." + code, locale)))
                    .toList());
        model.addAttribute("qualifications",
                Options.ofEnum(Qualification.class, "childcare.ad.qualification", this.messages, locale));
    }

    /** Adds the search filters' choices to the model. */
    void addFiltersTo(Model model, Locale locale) {
        model.addAttribute("configurations",
                Options.ofEnum(AdConfiguration.class, "childcare.ad.configuration", this.messages, locale));
        model.addAttribute("careTypes", careTypes(locale));
        model.addAttribute("neighbourhoods", neighbourhoods());
        model.addAttribute("days", days(locale));
        model.addAttribute("halfDays", halfDays(locale));
    }

    private List<Map<String, String>> careTypes(Locale locale) {
        return Options.ofEnum(CareType.class, "childcare.ad.careType", this.messages, locale);
    }

    private List<Map<String, String>> neighbourhoods() {
        return this.neighbourhoods.all().stream().map((n) -> Options.option(n.id(), n.name())).toList();
    }

    private List<Map<String, String>> days(Locale locale) {
        List<Map<String, String>> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(option(day, "childcare.day.", locale));
        }
        return days;
    }

    private List<Map<String, String>> halfDays(Locale locale) {
        return Options.ofEnum(HalfDay.class, "childcare.halfDay", this.messages, locale);
    }

    private List<Map<String, String>> months(Locale locale) {
        return Arrays.stream(Month.values())
            .map((m) -> Options.option(String.valueOf(m.getValue()),
                    m.getDisplayName(TextStyle.FULL_STANDALONE, Messages.supported(locale))))
            .toList();
    }

    private Map<String, String> option(Enum<?> value, String prefix, Locale locale) {
        return Options.option(value.name(), this.messages.get(prefix + value.name(), locale));
    }

}
