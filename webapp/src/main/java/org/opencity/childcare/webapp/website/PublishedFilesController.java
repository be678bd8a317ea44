package org.opencity.childcare.webapp.website;

import java.time.Duration;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the images editors uploaded onto published pages, at the address
 * {@code cmsfn.link} gives them. Only image types are served, whatever was stored.
 */
@Controller
class PublishedFilesController {

    static final String PREFIX = "/.binary";

    /** The types an image upload accepts; anything else is never served. */
    static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private final WebsiteContent website;

    PublishedFilesController(WebsiteContent website) {
        this.website = website;
    }

    @GetMapping(PREFIX + "/**")
    ResponseEntity<byte[]> file(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
        return this.website.published()
            .read((session) -> FileResponses.image(session, path))
            .map((file) -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mimeType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(file.data()))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

}
