/**
 * Ads: their configurations and care types, weekly schedules, the 30-day life of a
 * listing.
 */
@NullMarked
package org.opencity.childcare.listing;

import org.jspecify.annotations.NullMarked;
