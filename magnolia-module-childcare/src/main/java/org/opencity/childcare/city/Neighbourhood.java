package org.opencity.childcare.city;

/**
 * One neighbourhood of the city, the only location a member or an ad ever shows.
 *
 * @param id a stable identifier used in forms, URLs and storage
 * @param name the name residents know it by
 */
public record Neighbourhood(String id, String name) {

}
