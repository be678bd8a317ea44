/**
 * Outgoing mail for the host: SMTP delivery, or a local outbox of {@code .eml} files.
 */
@NullMarked
package org.opencity.childcare.webapp.mail;

import org.jspecify.annotations.NullMarked;
