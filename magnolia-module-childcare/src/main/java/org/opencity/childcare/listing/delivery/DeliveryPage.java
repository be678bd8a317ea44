package org.opencity.childcare.listing.delivery;

import java.util.List;
import java.util.Map;

/**
 * One window of a delivery query: the nodes, and how many ads match in all.
 */
public record DeliveryPage(List<Map<String, Object>> results, int total) {

    public DeliveryPage {
        results = List.copyOf(results);
    }

}
