package org.opencity.childcare.webapp.backoffice;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.webapp.backoffice.TaskView.Field;
import org.opencity.childcare.webapp.backoffice.TaskView.HistoryRow;

/**
 * An ad as the back-office shows it: what residents read, who posted it, its life so far.
 *
 * @param status the status's name, for styling; a published ad past its expiry reads
 * {@code EXPIRED}
 * @param facts what the ad says besides its title and text, in words
 * @param paragraphs the ad's text, line by line
 * @param owner who posted it; a single line once their account is erased
 * @param ownerPath the owner's back-office page; null once their account is erased
 * @param life the status, its dates, how it ended and why
 * @param removable whether a webmaster may still take it down
 * @param reviewPath the open review task of an ad waiting for review
 * @param path the ad's back-office page
 * @param removePath where the removal form posts to
 */
public record AdDetailsView(String title, String status, String statusLabel, List<Field> facts, List<String> paragraphs,
        List<Field> owner, @Nullable String ownerPath, List<Field> life, List<HistoryRow> history, boolean removable,
        @Nullable String reviewPath, String path, String removePath) {

    public AdDetailsView {
        facts = List.copyOf(facts);
        paragraphs = List.copyOf(paragraphs);
        owner = List.copyOf(owner);
        life = List.copyOf(life);
        history = List.copyOf(history);
    }

}
