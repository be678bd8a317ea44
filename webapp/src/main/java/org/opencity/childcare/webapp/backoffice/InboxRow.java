package org.opencity.childcare.webapp.backoffice;

import org.jspecify.annotations.Nullable;

/**
 * One line of the inbox, ready to show.
 *
 * @param path the task's page
 * @param age how long the task has waited, in words
 * @param type what the task asks for
 * @param applicant the applicant's full name; null for a task that is not about a member
 * @param kind family, or the kind of care offered
 * @param neighbourhood the neighbourhood's name
 * @param claimedBy who took the task, if anyone
 */
public record InboxRow(String path, String age, String type, @Nullable String applicant, @Nullable String kind,
        @Nullable String neighbourhood, @Nullable String claimedBy) {

}
