package org.opencity.childcare.webapp.backoffice;

/**
 * One mail of the local outbox, as listed or opened by staff.
 *
 * @param path the mail's page
 * @param date when it was written, in words
 * @param dateIso the same moment for {@code <time datetime>}
 * @param text the plain-text body; empty in the list
 */
public record OutboxRow(String path, String date, String dateIso, String to, String subject, String text) {

}
