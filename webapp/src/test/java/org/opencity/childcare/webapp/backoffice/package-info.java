/**
 * Tests of the back-office screens: the inbox, task decisions, documents and the outbox.
 */
@NullMarked
package org.opencity.childcare.webapp.backoffice;

import org.jspecify.annotations.NullMarked;
