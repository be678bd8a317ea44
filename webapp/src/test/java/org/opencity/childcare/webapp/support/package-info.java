/**
 * Shared set-up of full-application tests: one application context on a throw-away data
 * folder, with its mail sent to a real SMTP server (GreenMail) on the loopback interface.
 */
@NullMarked
package org.opencity.childcare.webapp.support;

import org.jspecify.annotations.NullMarked;
