/**
 * What differs from one city to the next and is configuration, never code: its
 * neighbourhoods.
 */
@NullMarked
package org.opencity.childcare.city;

import org.jspecify.annotations.NullMarked;
