/**
 * Hostile input against every form and every page that reads query parameters: generated
 * malformed values, counted 5xx answers and unescaped echoes.
 */
@NullMarked
package org.opencity.childcare.webapp.fuzz;

import org.jspecify.annotations.NullMarked;
