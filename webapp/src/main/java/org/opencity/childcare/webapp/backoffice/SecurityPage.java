package org.opencity.childcare.webapp.backoffice;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.opencity.childcare.member.PasswordPolicy;
import org.opencity.childcare.webapp.security.StaffPrincipal;
import org.opencity.childcare.webapp.security.secondfactor.SecondFactors;

/**
 * The signed-in staff member's security page: their second factor with new recovery codes
 * on a current code, and their password. Each form shows its own errors.
 */
@Component
class SecurityPage {

    /** Longest code or recovery code the forms take. */
    static final int CODE_MAX = 40;

    private final SecondFactors factors;

    SecurityPage(SecondFactors factors) {
        this.factors = factors;
    }

    /**
     * The page, with the errors of the recovery codes form ({@code codeErrors}) or of the
     * password form ({@code passwordErrors}).
     */
    String show(StaffPrincipal staff, Map<String, String> codeErrors, Map<String, String> passwordErrors, Model model) {
        model.addAttribute("pageTitle", "backoffice.secondFactor.security.pageTitle");
        model.addAttribute("errors", codeErrors);
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("codeMax", CODE_MAX);
        model.addAttribute("recoveryCodesLeft", this.factors.recoveryCodesLeft(staff.getUsername()));
        model.addAttribute("username", staff.getUsername());
        model.addAttribute("provisionalPassword", staff.account().provisionalPassword());
        model.addAttribute("passwordMin", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("passwordMax", PasswordPolicy.MAX_LENGTH);
        model.addAttribute("recoveryCodesPath", BackofficePaths.RECOVERY_CODES);
        model.addAttribute("passwordPath", BackofficePaths.OWN_PASSWORD);
        return "backoffice:security";
    }

}
