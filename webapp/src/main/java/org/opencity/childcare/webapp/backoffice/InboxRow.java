package org.opencity.childcare.webapp.backoffice;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.webapp.backoffice.TaskView.Field;

/**
 * One line of the inbox, ready to show.
 *
 * @param path the task's page
 * @param age how long the task has waited, in words
 * @param type what the task asks for
 * @param summary what it is about in one line: the applicant's full name, the ad's title
 * and its owner's identifier, or the report
 * @param facts a few facts to decide which task to take first, such as the neighbourhood
 * @param claimedBy who took the task, if anyone
 */
public record InboxRow(String path, String age, String type, String summary, List<Field> facts,
        @Nullable String claimedBy) {

    public InboxRow {
        facts = List.copyOf(facts);
    }

}
