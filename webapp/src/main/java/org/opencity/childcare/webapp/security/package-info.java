/**
 * Login for members and staff, roles, throttling, passwords, the first staff accounts.
 */
@NullMarked
package org.opencity.childcare.webapp.security;

import org.jspecify.annotations.NullMarked;
