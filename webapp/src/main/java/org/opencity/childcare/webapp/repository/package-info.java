/**
 * The embedded Jackrabbit repository: start, node types and workspaces, clean shutdown.
 */
@NullMarked
package org.opencity.childcare.webapp.repository;

import org.jspecify.annotations.NullMarked;
