package org.opencity.childcare.city;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One neighbourhood of the city, the only location a member or an ad ever shows.
 *
 * @param id a stable identifier used in forms, URLs and storage
 * @param name the name residents know it by
 * @param adjacent the ids of the neighbourhoods that border this one, in configuration
 * order; {@link Neighbourhoods} checks that they exist and list this one back
 */
public record Neighbourhood(String id, String name, Set<String> adjacent) {

    public Neighbourhood {
        adjacent = Collections.unmodifiableSet(new LinkedHashSet<>(adjacent));
        if (adjacent.contains(id)) {
            throw new IllegalArgumentException("Neighbourhood '" + id + "' cannot be adjacent to itself");
        }
    }

    /** A neighbourhood that borders no other, as far as matching ads is concerned. */
    public Neighbourhood(String id, String name) {
        this(id, name, Set.of());
    }

}
