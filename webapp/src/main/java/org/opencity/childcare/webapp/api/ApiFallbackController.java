package org.opencity.childcare.webapp.api;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other address or method under {@code /.rest/}: a 404 problem rather than the site's
 * HTML page, so that clients always read JSON.
 */
@RestController
class ApiFallbackController {

    @RequestMapping(ApiPaths.REST + "/**")
    void unknown() {
        throw new ApiProblemException(ProblemKind.NOT_FOUND);
    }

}
