package org.opencity.childcare.city;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The city's configured neighbourhoods, in the order forms list them, and which of them
 * border each other.
 */
public final class Neighbourhoods {

    private final List<Neighbourhood> all;

    private final Map<String, Neighbourhood> byId;

    /**
     * @throws IllegalArgumentException when the list is empty, repeats an id, or when an
     * adjacency names an unknown neighbourhood or is not listed back by the other side
     */
    public Neighbourhoods(List<Neighbourhood> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("At least one neighbourhood must be configured");
        }
        Map<String, Neighbourhood> byId = new HashMap<>();
        for (Neighbourhood neighbourhood : all) {
            if (byId.put(neighbourhood.id(), neighbourhood) != null) {
                throw new IllegalArgumentException("Neighbourhood '" + neighbourhood.id() + "' is configured twice");
            }
        }
        for (Neighbourhood neighbourhood : all) {
            for (String other : neighbourhood.adjacent()) {
                Neighbourhood adjacent = byId.get(other);
                if (adjacent == null) {
                    throw new IllegalArgumentException("Neighbourhood '" + neighbourhood.id() + "' lists '" + other
                            + "' as adjacent, but no neighbourhood has that id");
                }
                if (!adjacent.adjacent().contains(neighbourhood.id())) {
                    throw new IllegalArgumentException("Neighbourhood '" + neighbourhood.id() + "' lists '" + other
                            + "' as adjacent, so '" + other + "' must list '" + neighbourhood.id() + "' too");
                }
            }
        }
        this.all = List.copyOf(all);
        this.byId = Map.copyOf(byId);
    }

    public List<Neighbourhood> all() {
        return this.all;
    }

    public Optional<Neighbourhood> find(String id) {
        return Optional.ofNullable(this.byId.get(id));
    }

    /**
     * The name of a neighbourhood, or its id if it was removed from the configuration
     * since.
     */
    public String nameOf(String id) {
        return find(id).map(Neighbourhood::name).orElse(id);
    }

    /**
     * Whether two different neighbourhoods border each other; false for the same one
     * twice and for ids no longer configured.
     */
    public boolean areAdjacent(String first, String second) {
        Neighbourhood neighbourhood = this.byId.get(first);
        return neighbourhood != null && neighbourhood.adjacent().contains(second);
    }

}
