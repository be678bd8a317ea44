/**
 * Rules on the module's dependencies that keep it a portable Magnolia module.
 */
@NullMarked
package org.opencity.childcare.architecture;

import org.jspecify.annotations.NullMarked;
