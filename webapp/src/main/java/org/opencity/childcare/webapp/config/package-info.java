/**
 * The host's configuration: one properties class for everything city-specific, and the
 * module's wiring.
 */
@NullMarked
package org.opencity.childcare.webapp.config;

import org.jspecify.annotations.NullMarked;
