package org.opencity.childcare.webapp.mail;

import java.time.Instant;

/**
 * One mail in the outbox, as listed on the staff page.
 *
 * @param id the file name without {@code .eml}, which sorts by time
 * @param date when the mail was written
 * @param to the recipient's address
 * @param subject the decoded subject line
 */
public record OutboxEntry(String id, Instant date, String to, String subject) {

}
