package org.opencity.childcare.webapp.backoffice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.opencity.childcare.webapp.api.ApiPaths;
import org.opencity.childcare.webapp.api.OpenApiDocument;

/**
 * The API's OpenAPI document as a page for staff: every endpoint with its parameters,
 * answers and examples, rendered on the server (the back office's CSP forbids inline
 * scripts, and nothing is loaded from elsewhere).
 */
@Controller
class ApiDocumentationController {

    private final OpenApiDocument document;

    ApiDocumentationController(OpenApiDocument document) {
        this.document = document;
    }

    @GetMapping(ApiPaths.DOCUMENTATION)
    String page(Model model) {
        model.addAttribute("pageTitle", "backoffice.api.pageTitle");
        model.addAttribute("description", this.document.document().path("info").path("description").asString(""));
        model.addAttribute("documentPath", ApiPaths.OPENAPI);
        model.addAttribute("operations", this.document.operations());
        return "backoffice:api";
    }

}
