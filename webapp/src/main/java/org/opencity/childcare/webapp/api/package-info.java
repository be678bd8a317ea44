/**
 * The headless side, under Magnolia's REST prefix {@code /.rest/}: the delivery endpoints
 * the module declares in {@code restEndpoints/delivery/}, the versioned action API at
 * {@code /.rest/childcare/v1/}, their OpenAPI document, and the security around them
 * (personal API tokens or the browser session with CSRF, RFC 9457 problems, rate limits).
 * Every call goes to the module services the pages use.
 */
@NullMarked
package org.opencity.childcare.webapp.api;

import org.jspecify.annotations.NullMarked;
