/**
 * Webmasters suspending a member and reactivating them: the member's status, their ads
 * out of the listings meanwhile, the audit trail and the mails that tell the member.
 */
@NullMarked
package org.opencity.childcare.suspension;

import org.jspecify.annotations.NullMarked;
