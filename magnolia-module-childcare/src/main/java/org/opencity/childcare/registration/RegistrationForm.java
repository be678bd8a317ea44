package org.opencity.childcare.registration;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.validation.BirthMonthRow;

/**
 * The registration form exactly as the applicant filled it in, valid or not, so that it
 * can be shown again with their input kept. {@link RegistrationValidator} turns it into a
 * profile.
 */
public class RegistrationForm {

    /** How many child rows the form offers. */
    public static final int CHILD_ROWS = 4;

    private @Nullable String kind;

    private @Nullable String caregiverType;

    private @Nullable String firstName;

    private @Nullable String lastName;

    private @Nullable String email;

    private @Nullable String phone;

    private @Nullable String postalAddress;

    private @Nullable String neighbourhood;

    private List<BirthMonthRow> children = new ArrayList<>();

    private @Nullable String approvalNumber;

    private @Nullable String places;

    private boolean privacyAccepted;

    public RegistrationForm() {
        padChildren();
    }

    /**
     * Makes sure the form shows {@link #CHILD_ROWS} child rows, keeping those filled in.
     */
    public final void padChildren() {
        while (this.children.size() < CHILD_ROWS) {
            this.children.add(new BirthMonthRow());
        }
        if (this.children.size() > CHILD_ROWS) {
            this.children = new ArrayList<>(this.children.subList(0, CHILD_ROWS));
        }
    }

    public @Nullable String getKind() {
        return this.kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getCaregiverType() {
        return this.caregiverType;
    }

    public void setCaregiverType(@Nullable String caregiverType) {
        this.caregiverType = caregiverType;
    }

    public @Nullable String getFirstName() {
        return this.firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = firstName;
    }

    public @Nullable String getLastName() {
        return this.lastName;
    }

    public void setLastName(@Nullable String lastName) {
        this.lastName = lastName;
    }

    public @Nullable String getEmail() {
        return this.email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getPhone() {
        return this.phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getPostalAddress() {
        return this.postalAddress;
    }

    public void setPostalAddress(@Nullable String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public @Nullable String getNeighbourhood() {
        return this.neighbourhood;
    }

    public void setNeighbourhood(@Nullable String neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    public List<BirthMonthRow> getChildren() {
        return this.children;
    }

    public void setChildren(List<BirthMonthRow> children) {
        this.children = new ArrayList<>(children);
    }

    public @Nullable String getApprovalNumber() {
        return this.approvalNumber;
    }

    public void setApprovalNumber(@Nullable String approvalNumber) {
        this.approvalNumber = approvalNumber;
    }

    public @Nullable String getPlaces() {
        return this.places;
    }

    public void setPlaces(@Nullable String places) {
        this.places = places;
    }

    public boolean isPrivacyAccepted() {
        return this.privacyAccepted;
    }

    public void setPrivacyAccepted(boolean privacyAccepted) {
        this.privacyAccepted = privacyAccepted;
    }

}
