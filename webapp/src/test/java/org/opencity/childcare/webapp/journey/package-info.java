/**
 * Browser journeys: what residents and staff do, click by click, in a real headless
 * Chromium.
 */
@NullMarked
package org.opencity.childcare.webapp.journey;

import org.jspecify.annotations.NullMarked;
