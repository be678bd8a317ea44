package org.opencity.childcare.webapp.backoffice;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.webapp.backoffice.TaskView.Field;
import org.opencity.childcare.webapp.backoffice.TaskView.HistoryRow;

/**
 * A member as the back-office shows them: who they are, their account's life, their ads,
 * their history, and what a webmaster may do.
 *
 * @param status the status's name, for styling
 * @param suspension "Suspendu par … le …" and the reason, while suspended
 * @param facts the member's kind, contact, neighbourhood, registration, last login, ads
 * @param adsPath the ad list narrowed to this member's ads; null without an identifier
 * @param suspendable whether the suspension form is shown (an active member)
 * @param reactivable whether the reactivation button is shown (a suspended member)
 * @param suspendPath where the suspension form posts to
 * @param reactivatePath where the reactivation button posts to
 */
public record MemberDetailsView(String name, String status, String statusLabel, @Nullable Suspension suspension,
        List<Field> facts, @Nullable String adsPath, List<HistoryRow> history, boolean suspendable, boolean reactivable,
        String path, String suspendPath, String reactivatePath) {

    public MemberDetailsView {
        facts = List.copyOf(facts);
        history = List.copyOf(history);
    }

    /** Who suspended the member and when, in words, and why. */
    public record Suspension(String summary, String reason) {

    }

}
