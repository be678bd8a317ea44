package org.opencity.childcare.webapp.api;

/**
 * The API's addresses.
 */
public final class ApiPaths {

    /** Magnolia's REST prefix, which the host keeps so that front ends work on both. */
    public static final String REST = "/.rest";

    /** Delivery endpoints: {@code DELIVERY + "/" + name}, one per module definition. */
    public static final String DELIVERY = REST + "/delivery";

    /** The versioned action API. */
    public static final String V1 = REST + "/childcare/v1";

    /** The OpenAPI document. */
    public static final String OPENAPI = REST + "/openapi.json";

    /** Where problem types are named: {@code PROBLEMS + slug}. */
    public static final String PROBLEMS = REST + "/problems/";

    /** The staff's readable page of the OpenAPI document. */
    public static final String DOCUMENTATION = "/backoffice/api";

    private ApiPaths() {
    }

}
