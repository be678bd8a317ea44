/**
 * The staff's second factor: time-based one-time codes (RFC 6238) from an authenticator
 * application, with single-use recovery codes for a lost phone. A staff login is complete
 * only after both the password and a code.
 */
@NullMarked
package org.opencity.childcare.webapp.security.secondfactor;

import org.jspecify.annotations.NullMarked;
