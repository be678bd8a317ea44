/**
 * Test support shared with the host's tests: a real embedded repository with the module's
 * types.
 */
@NullMarked
package org.opencity.childcare.testing;

import org.jspecify.annotations.NullMarked;
