/**
 * The back-office screens for webmasters and editors: the workflow inbox and the outbox.
 */
@NullMarked
package org.opencity.childcare.webapp.backoffice;

import org.jspecify.annotations.NullMarked;
