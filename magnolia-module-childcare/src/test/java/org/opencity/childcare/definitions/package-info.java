/**
 * Checks on the module's and the light module's Magnolia definitions.
 */
@NullMarked
package org.opencity.childcare.definitions;

import org.jspecify.annotations.NullMarked;
