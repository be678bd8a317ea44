package org.opencity.childcare.city;

import java.util.List;
import java.util.Optional;

/**
 * The city's configured neighbourhoods, in the order forms list them.
 */
public final class Neighbourhoods {

    private final List<Neighbourhood> all;

    public Neighbourhoods(List<Neighbourhood> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("At least one neighbourhood must be configured");
        }
        this.all = List.copyOf(all);
    }

    public List<Neighbourhood> all() {
        return this.all;
    }

    public Optional<Neighbourhood> find(String id) {
        return this.all.stream().filter((n) -> n.id().equals(id)).findFirst();
    }

    /**
     * The name of a neighbourhood, or its id if it was removed from the configuration
     * since.
     */
    public String nameOf(String id) {
        return find(id).map(Neighbourhood::name).orElse(id);
    }

}
