/**
 * Ads as Magnolia's delivery endpoints give nodes ({@code @name}, {@code @path},
 * {@code @id}, {@code @nodeType}, then properties as strings), for the host's
 * {@code /.rest/delivery/} endpoints: only ads in the listings, found through the same
 * in-memory index as the search page, and only what the ad's page shows.
 */
@NullMarked
package org.opencity.childcare.listing.delivery;

import org.jspecify.annotations.NullMarked;
