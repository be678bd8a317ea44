/**
 * The public section's pages, rendered through the module's FreeMarker components.
 */
@NullMarked
package org.opencity.childcare.webapp.site;

import org.jspecify.annotations.NullMarked;
