/**
 * Login for members and staff, roles, throttling, passwords, the staff accounts and what
 * webmasters change on them.
 */
@NullMarked
package org.opencity.childcare.webapp.security;

import org.jspecify.annotations.NullMarked;
