package org.opencity.childcare.webapp.backoffice.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import freemarker.template.TemplateException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.webapp.rendering.PageRenderer;
import org.opencity.childcare.webapp.rendering.RenderMode;
import org.opencity.childcare.webapp.rendering.definition.Definitions;
import org.opencity.childcare.webapp.rendering.definition.DialogDefinition;
import org.opencity.childcare.webapp.rendering.definition.TemplateDefinition;
import org.opencity.childcare.webapp.security.StaffPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;
import org.opencity.childcare.webapp.website.ContentNode;
import org.opencity.childcare.webapp.website.FileResponses;
import org.opencity.childcare.webapp.website.PublicationException;
import org.opencity.childcare.webapp.website.Publications;
import org.opencity.childcare.webapp.website.Publications.Publication;
import org.opencity.childcare.webapp.website.WebsiteContent;

/**
 * One page in the editor: its properties, its areas and components, the preview of its
 * draft, publishing it, and its publications, any of which can be brought back. Residents
 * see nothing of a draft until it is published.
 */
@Controller
class PageEditorController {

    /** A publication's identifier, as the repository gives it. */
    private static final Pattern IDENTIFIER = Pattern
        .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final PageEditing editing;

    private final PageScreen screen;

    private final PageViews views;

    private final Definitions definitions;

    private final Publications publications;

    private final WebsiteContent website;

    private final PageRenderer renderer;

    private final Messages messages;

    PageEditorController(PageEditing editing, PageScreen screen, PageViews views, Definitions definitions,
            Publications publications, WebsiteContent website, PageRenderer renderer, Messages messages) {
        this.editing = editing;
        this.screen = screen;
        this.views = views;
        this.definitions = definitions;
        this.publications = publications;
        this.website = website;
        this.renderer = renderer;
        this.messages = messages;
    }

    @GetMapping(PagesPaths.PAGE)
    String page(@RequestParam(name = PagesPaths.PATH) String path, Model model, Locale locale) {
        return this.screen.show(this.screen.page(path), null, Map.of(), model, locale);
    }

    @PostMapping(PagesPaths.PAGE)
    String saveProperties(@RequestParam(name = PagesPaths.PATH) String path,
            @RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal StaffPrincipal staff,
            Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        ContentNode page = this.screen.page(path);
        TemplateDefinition template = this.screen.template(page);
        DialogDefinition dialog = (template.dialog() != null) ? this.definitions.dialog(template.dialog()).orElse(null)
                : null;
        if (dialog == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }

        DialogForm.Submission submission = this.views.forms()
            .read(dialog, this.views.labels(dialog, locale), params, Map.of(), Set.of());
        if (!submission.errors().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return this.screen.show(page, submission.typed(),
                    FormErrors.translate(submission.errors(), this.messages, locale), model, locale);
        }
        this.editing.saveProperties(page.path(), dialog, submission, staff.getUsername());

        redirect.addFlashAttribute("notice", this.messages.get("backoffice.pages.flash.propertiesSaved", locale));
        return "redirect:" + PageViews.link(PagesPaths.PAGE, page.path());
    }

    @PostMapping(PagesPaths.PUBLISH)
    String publish(@RequestParam(name = PagesPaths.PATH) String path, @AuthenticationPrincipal StaffPrincipal staff,
            RedirectAttributes redirect, Locale locale) {
        ContentNode page = this.screen.page(path);
        String back = "redirect:" + PageViews.link(PagesPaths.PAGE, page.path());
        String parent = this.screen.unpublishedParent(page.path());
        if (parent != null) {
            redirect.addFlashAttribute("error",
                    this.messages.get("backoffice.pages.flash.publishParentFirst", locale, parent));
            return back;
        }

        try {
            this.publications.publish(page.path(), staff.getUsername(), null);
        }
        catch (PublicationException ex) {
            // The parent was unpublished, or the page deleted, between the check and now.
            redirect.addFlashAttribute("error", this.messages.get("backoffice.pages.flash.notPublished", locale));
            return back;
        }

        redirect.addFlashAttribute("notice",
                this.messages.get("backoffice.pages.flash.published", locale, PageEditing.title(page)));
        return back;
    }

    @GetMapping(PagesPaths.HISTORY)
    String history(@RequestParam(name = PagesPaths.PATH) String path, Model model, Locale locale) {
        ContentNode page = this.screen.page(path);
        List<Publication> publications = this.publications.history(page.path());

        model.addAttribute("pageTitle", "backoffice.pages.history.pageTitle");
        model.addAttribute("title", PageEditing.title(page));
        model.addAttribute("editPath", PageViews.link(PagesPaths.PAGE, page.path()));
        model.addAttribute("publications", this.views.history(publications, page.path(), isOnline(page), locale));
        model.addAllAttributes(Views.paths());
        return "backoffice:pages/history";
    }

    @GetMapping(PagesPaths.RESTORE)
    String confirmRestore(@RequestParam(name = PagesPaths.PATH) String path,
            @RequestParam(name = "publication") String publicationId, Model model, Locale locale) {
        ContentNode page = this.screen.page(path);
        Publication publication = publication(page, publicationId);

        model.addAttribute("pageTitle", "backoffice.pages.restore.pageTitle");
        model.addAttribute("title", PageEditing.title(page));
        model.addAttribute("path", page.path());
        model.addAttribute("publicationId", publication.id());
        model.addAttribute("publishedAt", this.views.dateTime(publication.publishedAt(), locale));
        model.addAttribute("publishedBy", publication.publishedBy());
        model.addAttribute("historyPath", PageViews.link(PagesPaths.HISTORY, page.path()));
        model.addAllAttributes(Views.paths());
        return "backoffice:pages/restore";
    }

    @PostMapping(PagesPaths.RESTORE)
    String restore(@RequestParam(name = PagesPaths.PATH) String path,
            @RequestParam(name = "publication") String publicationId, @AuthenticationPrincipal StaffPrincipal staff,
            RedirectAttributes redirect, Locale locale) {
        ContentNode page = this.screen.page(path);
        Publication publication = publication(page, publicationId);

        try {
            this.publications.restore(publication.id(), staff.getUsername());
        }
        catch (PublicationException ex) {
            redirect.addFlashAttribute("error", this.messages.get("backoffice.pages.flash.notRestored", locale));
            return "redirect:" + PageViews.link(PagesPaths.HISTORY, page.path());
        }

        redirect.addFlashAttribute("notice", this.messages.get("backoffice.pages.flash.restored", locale,
                this.views.dateTime(publication.publishedAt(), locale)));
        return "redirect:" + PageViews.link(PagesPaths.PAGE, page.path());
    }

    /** The draft as residents would see it once published. */
    @GetMapping(PagesPaths.PREVIEW)
    ResponseEntity<String> preview(@RequestParam(name = PagesPaths.PATH) String path, HttpServletRequest request,
            Locale locale) throws IOException, TemplateException {
        ContentNode page = this.screen.page(path);
        this.screen.template(page);

        String html = this.renderer.render(page, null, Map.of(), request, Messages.supported(locale),
                RenderMode.PREVIEW);
        return ResponseEntity.ok()
            .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
            .cacheControl(CacheControl.noStore())
            .body(html);
    }

    /** An image of a draft, for the preview and the component form. */
    @GetMapping(PagesPaths.FILE)
    ResponseEntity<byte[]> file(@RequestParam(name = PagesPaths.PATH) String path) {
        Optional<ContentNode.Binary> image = EditablePaths.within(this.editing.siteRoot(), path)
            .flatMap((valid) -> this.website.author().read((session) -> FileResponses.image(session, valid)));
        return image
            .map((file) -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mimeType()))
                .cacheControl(CacheControl.noStore())
                .body(file.data()))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private boolean isOnline(ContentNode page) {
        return this.website.livePage(page.path()).isPresent();
    }

    private Publication publication(ContentNode page, String id) {
        if (!IDENTIFIER.matcher(id).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return this.publications.history(page.path())
            .stream()
            .filter((publication) -> publication.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

}
