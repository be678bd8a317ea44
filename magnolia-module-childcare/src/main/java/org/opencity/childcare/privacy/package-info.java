/**
 * A member's rights over their personal data and the retention of inactive accounts:
 * downloading everything the service holds about them, deleting their account, and the
 * nightly deletion of accounts unused for years, after a warning mail.
 */
@NullMarked
package org.opencity.childcare.privacy;

import org.jspecify.annotations.NullMarked;
