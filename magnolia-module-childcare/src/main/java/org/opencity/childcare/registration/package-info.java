/**
 * Registration from application to decision: the form, its validation, the inbox task and
 * the webmaster's approval or rejection.
 */
@NullMarked
package org.opencity.childcare.registration;

import org.jspecify.annotations.NullMarked;
