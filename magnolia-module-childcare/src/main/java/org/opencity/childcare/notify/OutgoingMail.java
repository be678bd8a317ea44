package org.opencity.childcare.notify;

/**
 * One plain-text mail to one recipient, ready to send.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body, plain text
 */
public record OutgoingMail(String to, String subject, String text) {

}
