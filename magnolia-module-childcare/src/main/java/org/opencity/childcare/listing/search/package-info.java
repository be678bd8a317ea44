/**
 * Searching the listings: the filters a member sets, an in-memory index of listed ads
 * kept exact by repository observation, and the same search done with JCR-SQL2 for
 * comparison.
 */
@NullMarked
package org.opencity.childcare.listing.search;

import org.jspecify.annotations.NullMarked;
