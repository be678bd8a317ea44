package org.opencity.childcare.webapp.backoffice;

import java.util.List;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import org.opencity.childcare.member.MemberRepository.StoredDocument;
import org.opencity.childcare.registration.RegistrationInbox;

/**
 * Serves an applicant's verification document to a webmaster while the registration is
 * undecided. The file was uploaded by a stranger: it is sent with its stored type, never
 * sniffed, sandboxed, and kept out of every cache.
 */
@Controller
class DocumentController {

    /** Opens the document with no scripts, no forms and an origin of its own. */
    static final String SANDBOX = "sandbox";

    private final RegistrationInbox inbox;

    DocumentController(RegistrationInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping(BackofficePaths.DOCUMENT)
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String documentId) {
        StoredDocument document = this.inbox.details(id)
            .flatMap((details) -> find(details.documents(), documentId))
            .orElseThrow(DocumentController::notFound);
        byte[] content = this.inbox.document(id, documentId).orElseThrow(DocumentController::notFound);
        // Browsers refuse to run their PDF viewer in a sandboxed page: PDFs are
        // downloaded and
        // opened in the webmaster's own viewer; images are shown in the sandboxed page.
        String disposition = MediaType.APPLICATION_PDF_VALUE.equals(document.mediaType())
                ? ContentDispositions.attachment(document.fileName()) : ContentDispositions.inline(document.fileName());

        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(document.mediaType()))
            .cacheControl(CacheControl.noStore().cachePrivate())
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", SANDBOX)
            .body(content);
    }

    /** The listed document: only names listed can be read, whatever the path says. */
    private static Optional<StoredDocument> find(List<StoredDocument> documents, String id) {
        return documents.stream().filter((document) -> document.id().equals(id)).findFirst();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

}
