/**
 * Single-use, expiring links (activation, password reset), stored hashed.
 */
@NullMarked
package org.opencity.childcare.token;

import org.jspecify.annotations.NullMarked;
