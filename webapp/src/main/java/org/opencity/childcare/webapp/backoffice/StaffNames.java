package org.opencity.childcare.webapp.backoffice;

import org.opencity.childcare.webapp.security.StaffPrincipal;

/**
 * The name recorded on claims, decisions and audit entries: the display name, which
 * colleagues recognise, with the user name, which is unique.
 */
public final class StaffNames {

    private StaffNames() {
    }

    public static String of(StaffPrincipal staff) {
        return staff.account().displayName() + " (" + staff.getUsername() + ")";
    }

}
