/**
 * Magnolia template and dialog definitions, read from their YAML files: the subset the
 * module uses.
 */
@NullMarked
package org.opencity.childcare.webapp.rendering.definition;

import org.jspecify.annotations.NullMarked;
