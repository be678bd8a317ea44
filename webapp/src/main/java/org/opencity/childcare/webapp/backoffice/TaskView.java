package org.opencity.childcare.webapp.backoffice;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A registration task as the task page shows it: the applicant, the documents, the
 * checklist, the decision if taken, and the history.
 *
 * @param applicantName the applicant's full name
 * @param decision "Validée par … le …" once decided; null while open
 * @param claimedBy who took the task, if anyone
 * @param claimedByMe whether the signed-in webmaster took it
 * @param paths the form actions: {@code claim}, {@code approve}, {@code reject}
 */
public record TaskView(String applicantName, @Nullable String decision, @Nullable String claimedBy, boolean claimedByMe,
        List<Field> applicant, List<DocumentRow> documents, List<CheckOption> checks, List<HistoryRow> history,
        Paths paths) {

    public boolean decided() {
        return this.decision != null;
    }

    /** One line of the applicant's data; several values for a list such as children. */
    public record Field(String label, List<String> values) {

    }

    /** A verification document, linking to its content. */
    public record DocumentRow(String fileName, String type, String size, String path) {

    }

    /** One box of the verification checklist. */
    public record CheckOption(String value, String label, boolean checked) {

    }

    /** One audit entry. */
    public record HistoryRow(String at, String atIso, String actor, String action, @Nullable String reason) {

    }

    /** Where the task's forms post to. */
    public record Paths(String claim, String approve, String reject) {

    }

}
