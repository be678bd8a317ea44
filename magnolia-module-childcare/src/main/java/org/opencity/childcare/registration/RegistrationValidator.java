package org.opencity.childcare.registration;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.member.CaregiverType;
import org.opencity.childcare.member.MemberKind;
import org.opencity.childcare.member.Profile;
import org.opencity.childcare.validation.ChildBirths;
import org.opencity.childcare.validation.EmailAddresses;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.validation.TextRules;

/**
 * Checks a registration form field by field and turns it into a {@link Profile}. Every
 * problem is reported against the field it concerns, with a message key that says how to
 * fix it.
 */
public final class RegistrationValidator {

    static final int NAME_MAX = 60;

    static final int ADDRESS_MAX = 200;

    static final int APPROVAL_MAX = 30;

    static final int MAX_PLACES = 6;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .’'-]*");

    private static final Pattern PHONE = Pattern.compile("(?:\\+33|0033|0)[1-9]\\d{8}");

    private static final Pattern APPROVAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 /.-]*");

    private final Neighbourhoods neighbourhoods;

    private final Clock clock;

    public RegistrationValidator(Neighbourhoods neighbourhoods, Clock clock) {
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    /**
     * The profile the form describes; an {@link InvalidInputException} listing every
     * field to fix otherwise. {@code errors} may already hold problems found elsewhere
     * (the documents).
     */
    public Profile validate(RegistrationForm form, FieldErrors errors) {
        MemberKind kind = parseEnum(MemberKind.class, form.getKind());
        if (kind == null) {
            errors.reject("kind", "childcare.registration.error.kind");
        }
        CaregiverType caregiverType = null;
        if (kind == MemberKind.CAREGIVER) {
            caregiverType = parseEnum(CaregiverType.class, form.getCaregiverType());
            if (caregiverType == null) {
                errors.reject("caregiverType", "childcare.registration.error.caregiverType");
            }
        }
        String firstName = name("firstName", form.getFirstName(), errors);
        String lastName = name("lastName", form.getLastName(), errors);
        String email = EmailAddresses.check("email", form.getEmail(), errors);
        String phone = phone(form.getPhone(), errors);
        String address = text("postalAddress", form.getPostalAddress(), ADDRESS_MAX, true, errors);
        String neighbourhood = TextRules.clean(form.getNeighbourhood());
        if (this.neighbourhoods.find(neighbourhood).isEmpty()) {
            errors.reject("neighbourhood", "childcare.registration.error.neighbourhood");
        }
        List<YearMonth> children = (kind == MemberKind.FAMILY) ? children(form, errors) : List.of();
        String approvalNumber = null;
        Integer places = null;
        if (caregiverType != null && caregiverType.needsApproval()) {
            approvalNumber = approvalNumber(form.getApprovalNumber(), errors);
            places = places(form.getPlaces(), errors);
        }
        if (!form.isPrivacyAccepted()) {
            errors.reject("privacyAccepted", "childcare.registration.error.privacy");
        }

        errors.throwIfAny();
        return new Profile(kind, caregiverType, firstName, lastName, email, phone.isEmpty() ? null : phone, address,
                neighbourhood, children, approvalNumber, places);
    }

    private String name(String field, @Nullable String value, FieldErrors errors) {
        String name = text(field, value, NAME_MAX, true, errors);
        if (!name.isEmpty() && !errors.has(field) && !NAME.matcher(name).matches()) {
            errors.reject(field, "childcare.registration.error.nameCharacters");
        }
        return name;
    }

    private String phone(@Nullable String value, FieldErrors errors) {
        String phone = text("phone", value, 30, false, errors);
        String digits = phone.replaceAll("[\\s.()-]", "");
        if (!phone.isEmpty() && !errors.has("phone") && !PHONE.matcher(digits).matches()) {
            errors.reject("phone", "childcare.registration.error.phone");
        }
        return phone;
    }

    private @Nullable String approvalNumber(@Nullable String value, FieldErrors errors) {
        String number = text("approvalNumber", value, APPROVAL_MAX, true, errors);
        if (!number.isEmpty() && !errors.has("approvalNumber") && !APPROVAL.matcher(number).matches()) {
            errors.reject("approvalNumber", "childcare.registration.error.approvalNumber");
        }
        return number;
    }

    private @Nullable Integer places(@Nullable String value, FieldErrors errors) {
        String text = TextRules.clean(value);
        try {
            int places = Integer.parseInt(text);
            if (places >= 1 && places <= MAX_PLACES) {
                return places;
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        errors.reject("places", "childcare.registration.error.places", MAX_PLACES);
        return null;
    }

    private List<YearMonth> children(RegistrationForm form, FieldErrors errors) {
        return ChildBirths.check(form.getChildren(), RegistrationForm.CHILD_ROWS, true, YearMonth.now(this.clock),
                "childcare.registration.error.", errors);
    }

    private static String text(String field, @Nullable String value, int max, boolean required, FieldErrors errors) {
        return TextRules.line(field, value, max, required, errors);
    }

    private static <E extends Enum<E>> @Nullable E parseEnum(Class<E> type, @Nullable String value) {
        String text = TextRules.clean(value);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        return null;
    }

}
