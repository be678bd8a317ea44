package org.opencity.childcare.webapp.backoffice;

import org.jspecify.annotations.Nullable;

/**
 * A staff account as the staff list and the account's page show it, every text
 * translated.
 *
 * @param path the account's back-office page
 * @param you whether it is the account of whoever is looking
 * @param active false once a webmaster disabled it
 * @param enrolled whether an authenticator is paired; if not, the next login pairs one
 * @param recoveryCodesLeft how many unused recovery codes the account has; null when no
 * authenticator is paired
 */
public record StaffRow(String path, String username, String displayName, boolean you, String role, boolean active,
        String status, boolean enrolled, String secondFactor, @Nullable Integer recoveryCodesLeft) {

}
