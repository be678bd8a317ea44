/**
 * The section's pages in the {@code website} workspaces: reading them for rendering,
 * publishing them with a restorable history, their first import, and serving their
 * images.
 */
@NullMarked
package org.opencity.childcare.webapp.website;

import org.jspecify.annotations.NullMarked;
