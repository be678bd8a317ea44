package org.opencity.childcare.webapp.mail;

import java.time.Instant;

/**
 * One mail in the outbox with its body, as shown when a staff member opens it.
 *
 * @param id the file name without {@code .eml}
 * @param date when the mail was written
 * @param to the recipient's address
 * @param subject the decoded subject line
 * @param text the decoded plain-text body, with {@code \n} line ends
 */
public record OutboxMessage(String id, Instant date, String to, String subject, String text) {

}
