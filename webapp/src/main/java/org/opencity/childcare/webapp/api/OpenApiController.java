package org.opencity.childcare.webapp.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The OpenAPI document, open to anyone (it describes, it gives no access). Staff read it
 * as a page in the back office.
 */
@Controller
class OpenApiController {

    private final OpenApiDocument document;

    OpenApiController(OpenApiDocument document) {
        this.document = document;
    }

    @GetMapping(ApiPaths.OPENAPI)
    @ResponseBody
    ResponseEntity<byte[]> document() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.document.bytes());
    }

}
