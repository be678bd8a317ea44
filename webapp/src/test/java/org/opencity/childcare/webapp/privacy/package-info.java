/**
 * Full-application tests of a member's privacy rights: downloading their data, deleting
 * their account, and the retention of inactive accounts.
 */
@NullMarked
package org.opencity.childcare.webapp.privacy;

import org.jspecify.annotations.NullMarked;
