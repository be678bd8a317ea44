/**
 * Field-level validation results carried back to the form that produced them.
 */
@NullMarked
package org.opencity.childcare.validation;

import org.jspecify.annotations.NullMarked;
