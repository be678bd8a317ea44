/**
 * The subset of Magnolia rendering the module needs: FreeMarker components inside a page.
 */
@NullMarked
package org.opencity.childcare.webapp.rendering;

import org.jspecify.annotations.NullMarked;
