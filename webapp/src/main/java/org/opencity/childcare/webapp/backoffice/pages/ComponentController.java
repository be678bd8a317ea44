package org.opencity.childcare.webapp.backoffice.pages;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.webapp.backoffice.pages.PageEditing.Located;
import org.opencity.childcare.webapp.rendering.definition.AreaDefinition;
import org.opencity.childcare.webapp.rendering.definition.Definitions;
import org.opencity.childcare.webapp.rendering.definition.DialogDefinition;
import org.opencity.childcare.webapp.rendering.definition.FieldDefinition;
import org.opencity.childcare.webapp.rendering.definition.TemplateDefinition;
import org.opencity.childcare.webapp.security.StaffPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;
import org.opencity.childcare.webapp.website.ContentNode;

/**
 * The components of a page's areas: adding one of the types the area offers, editing it
 * with the form generated from its dialog, moving it within its area and deleting it. The
 * service's own components (those it fills for each visitor) can be neither added, edited
 * nor deleted. A refused request shows the page screen with the reason, and stores
 * nothing.
 */
@Controller
class ComponentController {

    static final String AREA = "zone";

    static final String TEMPLATE = "modele";

    static final String DIRECTION = "sens";

    /**
     * The version of the component its form was opened on, to detect another save since.
     */
    static final String VERSION = "version";

    private final PageEditing editing;

    private final PageScreen screen;

    private final PageViews views;

    private final Definitions definitions;

    private final Messages messages;

    ComponentController(PageEditing editing, PageScreen screen, PageViews views, Definitions definitions,
            Messages messages) {
        this.editing = editing;
        this.screen = screen;
        this.views = views;
        this.definitions = definitions;
        this.messages = messages;
    }

    @GetMapping(PagesPaths.NEW_COMPONENT)
    String newComponent(@RequestParam(name = PagesPaths.PATH) String path, @RequestParam(name = AREA) String area,
            @RequestParam(name = TEMPLATE) String template, Model model, Locale locale, HttpServletResponse response) {
        ContentNode page = this.screen.page(path);
        Addition addition;
        try {
            addition = addition(page, area, template, locale);
        }
        catch (RefusedException ex) {
            return refuse(page, ex.refusal(), model, locale, response);
        }

        DialogDefinition dialog = addition.dialog();
        Map<String, String> typed = (dialog != null) ? this.views.forms().initial(dialog, null) : Map.of();
        return showNew(page, addition, typed, Map.of(), model, locale);
    }

    @PostMapping(PagesPaths.NEW_COMPONENT)
    String add(@RequestParam(name = PagesPaths.PATH) String path, @RequestParam(name = AREA) String area,
            @RequestParam(name = TEMPLATE) String template, @RequestParam MultiValueMap<String, String> params,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request, Model model,
            RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        ContentNode page = this.screen.page(path);
        Addition addition;
        try {
            addition = addition(page, area, template, locale);
        }
        catch (RefusedException ex) {
            return refuse(page, ex.refusal(), model, locale, response);
        }
        DialogDefinition dialog = addition.dialog();
        DialogForm.Submission submission = read(dialog, params, request, Set.of(), locale);
        if (!submission.errors().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showNew(page, addition, submission.typed(),
                    FormErrors.translate(submission.errors(), this.messages, locale), model, locale);
        }

        try {
            this.editing.addComponent(page.path(), area, template, dialog, submission, addition.area().capacity(),
                    staff.getUsername());
        }
        catch (PageEditing.AreaFullException ex) {
            return refuse(page, full(addition.area(), locale), model, locale, response);
        }

        redirect.addFlashAttribute("notice", this.messages.get("backoffice.pages.flash.componentAdded", locale,
                this.views.templateTitle(template, locale), areaLegend(addition.area().name(), locale)));
        return toPage(page.path(), area);
    }

    @GetMapping(PagesPaths.COMPONENT)
    String edit(@RequestParam(name = PagesPaths.PATH) String path, Model model, Locale locale,
            HttpServletResponse response) {
        Located located = located(path);
        DialogDefinition dialog = editableDialog(located);
        if (dialog == null) {
            return refuse(located.page(), new Refusal(HttpStatus.BAD_REQUEST, "backoffice.pages.error.notEditable"),
                    model, locale, response);
        }

        return showEdit(located, dialog, this.views.forms().initial(dialog, located.component()), Map.of(), model,
                locale);
    }

    @PostMapping(PagesPaths.COMPONENT)
    String save(@RequestParam(name = PagesPaths.PATH) String path,
            @RequestParam(name = VERSION, required = false) @Nullable String version,
            @RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request, Model model, RedirectAttributes redirect, Locale locale,
            HttpServletResponse response) {
        Optional<Located> found = find(path);
        if (found.isEmpty()) {
            return deletedMeanwhile(path, params, request, model, locale, response);
        }
        Located located = found.get();
        DialogDefinition dialog = editableDialog(located);
        if (dialog == null) {
            return refuse(located.page(), new Refusal(HttpStatus.BAD_REQUEST, "backoffice.pages.error.notEditable"),
                    model, locale, response);
        }
        DialogForm.Submission submission = read(dialog, params, request, currentImages(located, dialog), locale);
        if (!submission.errors().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showEdit(located, dialog, submission.typed(),
                    FormErrors.translate(submission.errors(), this.messages, locale), model, locale);
        }

        try {
            this.editing.saveComponent(located, dialog, submission, version, staff.getUsername());
        }
        catch (PageEditing.EditConflictException ex) {
            // Nothing stored: the form comes back with what the editor typed, on the
            // version now stored, so that saving again knowingly replaces it.
            ContentNode current = ex.current();
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", this.messages.get("backoffice.pages.conflict.changed", locale,
                    savedBy(current), savedAt(current, locale), this.views.summary(current, dialog, locale)));
            return showEdit(new Located(located.page(), located.area(), current), dialog, submission.typed(), Map.of(),
                    model, locale);
        }

        redirect.addFlashAttribute("notice", this.messages.get("backoffice.pages.flash.componentSaved", locale,
                this.views.templateTitle(located.component().template(), locale)));
        return toPage(located.page().path(), located.area().name());
    }

    /**
     * A component deleted by someone else while an editor changed it: what they typed
     * comes back as the form of a new component of the same type in the same area, so
     * that it can be added again rather than lost.
     */
    private String deletedMeanwhile(String path, MultiValueMap<String, String> params, HttpServletRequest request,
            Model model, Locale locale, HttpServletResponse response) {
        String template = params.getFirst(TEMPLATE);
        String areaPath = EditablePaths.within(this.editing.siteRoot(), path).map(EditablePaths::parentOf).orElse(null);
        if (template == null || areaPath == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ContentNode page = EditablePaths.within(this.editing.siteRoot(), EditablePaths.parentOf(areaPath))
            .flatMap(this.editing::page)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Addition addition;
        try {
            addition = addition(page, EditablePaths.nameOf(areaPath), template, locale);
        }
        catch (RefusedException ex) {
            return refuse(page, ex.refusal(), model, locale, response);
        }
        DialogForm.Submission submission = read(addition.dialog(), params, request, Set.of(), locale);
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("conflict", this.messages.get("backoffice.pages.conflict.deleted", locale));
        return showNew(page, addition, submission.typed(),
                FormErrors.translate(submission.errors(), this.messages, locale), model, locale);
    }

    private static String savedBy(ContentNode component) {
        Object user = component.properties().get(PublicationStatus.LAST_MODIFIED_BY);
        return (user != null) ? user.toString() : "?";
    }

    private String savedAt(ContentNode component, Locale locale) {
        return (component.properties().get(PublicationStatus.LAST_MODIFIED) instanceof Date saved)
                ? this.views.dateTime(saved.toInstant(), locale) : "";
    }

    @PostMapping(PagesPaths.MOVE_COMPONENT)
    String move(@RequestParam(name = PagesPaths.PATH) String path, @RequestParam(name = DIRECTION) String direction,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect, Locale locale,
            HttpServletResponse response) {
        Located located = located(path);
        if (!direction.equals("haut") && !direction.equals("bas")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        TemplateDefinition definition = definition(located.component());
        if (definition != null && !definition.moveable()) {
            return refuse(located.page(),
                    new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "backoffice.pages.error.notMoveable"), model, locale,
                    response);
        }

        boolean moved = this.editing.moveComponent(located, direction.equals("haut"), staff.getUsername());

        String key = moved ? "backoffice.pages.flash.componentMoved" : "backoffice.pages.flash.componentNotMoved";
        redirect.addFlashAttribute("notice",
                this.messages.get(key, locale, this.views.templateTitle(located.component().template(), locale)));
        return toPage(located.page().path(), located.area().name());
    }

    @GetMapping(PagesPaths.DELETE_COMPONENT)
    String confirmDeletion(@RequestParam(name = PagesPaths.PATH) String path, Model model, Locale locale,
            HttpServletResponse response) {
        Located located = located(path);
        if (!isDeletable(located)) {
            return refuse(located.page(), notDeletable(), model, locale, response);
        }

        model.addAttribute("pageTitle", "backoffice.pages.deleteComponent.pageTitle");
        model.addAttribute("path", located.component().path());
        model.addAttribute("componentTitle", this.views.templateTitle(located.component().template(), locale));
        model.addAttribute("summary", summary(located, locale));
        model.addAttribute("pageName", PageEditing.title(located.page()));
        model.addAttribute("areaLegend", areaLegend(located.area().name(), locale));
        model.addAttribute("backPath", PageViews.link(PagesPaths.PAGE, located.page().path()));
        model.addAllAttributes(Views.paths());
        return "backoffice:pages/deleteComponent";
    }

    @PostMapping(PagesPaths.DELETE_COMPONENT)
    String delete(@RequestParam(name = PagesPaths.PATH) String path, @AuthenticationPrincipal StaffPrincipal staff,
            Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Located located = located(path);
        if (!isDeletable(located)) {
            return refuse(located.page(), notDeletable(), model, locale, response);
        }

        this.editing.deleteComponent(located, staff.getUsername());

        redirect.addFlashAttribute("notice", this.messages.get("backoffice.pages.flash.componentDeleted", locale,
                this.views.templateTitle(located.component().template(), locale)));
        return toPage(located.page().path(), located.area().name());
    }

    /**
     * What adding a component of {@code templateId} to the area needs, or why it is
     * refused: an area the page template does not have, a type that does not exist, a
     * type the area does not offer, or a full area.
     */
    private Addition addition(ContentNode page, String areaName, String templateId, Locale locale) {
        TemplateDefinition pageTemplate = this.screen.template(page);
        AreaDefinition area = pageTemplate.areas().get(areaName);
        if (area == null) {
            throw new RefusedException(new Refusal(HttpStatus.BAD_REQUEST, "backoffice.pages.error.unknownArea"));
        }
        TemplateDefinition component = this.definitions.template(templateId)
            .filter((definition) -> !definition.isPage())
            .orElseThrow(() -> new RefusedException(
                    new Refusal(HttpStatus.BAD_REQUEST, "backoffice.pages.error.unknownComponent")));
        if (!area.accepts(templateId) || component.isServiceView()) {
            throw new RefusedException(
                    new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "backoffice.pages.error.notAllowed",
                            this.views.label(component.title(), locale), this.views.areaLegend(area.name(), locale)));
        }
        int count = page.child(areaName).map(ContentNode::components).map(List::size).orElse(0);
        if (count >= area.capacity()) {
            throw new RefusedException(full(area, locale));
        }
        DialogDefinition dialog = (component.dialog() != null)
                ? this.definitions.dialog(component.dialog()).orElse(null) : null;
        return new Addition(area, component, dialog);
    }

    private Refusal full(AreaDefinition area, Locale locale) {
        return new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "backoffice.pages.error.areaFull",
                this.views.areaLegend(area.name(), locale), area.capacity());
    }

    private static Refusal notDeletable() {
        return new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "backoffice.pages.error.notDeletable");
    }

    /** The page screen with the reason of a refusal; nothing was stored. */
    private String refuse(ContentNode page, Refusal refusal, Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(refusal.status().value());
        model.addAttribute("error", this.messages.get(refusal.messageKey(), locale, refusal.arguments().toArray()));
        return this.screen.show(page, null, Map.of(), model, locale);
    }

    private DialogForm.Submission read(@Nullable DialogDefinition dialog, MultiValueMap<String, String> params,
            HttpServletRequest request, Set<String> currentImages, Locale locale) {
        if (dialog == null) {
            return new DialogForm.Submission();
        }
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        Map<String, MultipartFile> files = (multipart != null) ? multipart.getFileMap() : Map.of();
        return this.views.forms().read(dialog, this.views.labels(dialog, locale), params, files, currentImages);
    }

    private static Set<String> currentImages(Located located, DialogDefinition dialog) {
        Set<String> images = new LinkedHashSet<>();
        for (FieldDefinition field : dialog.fields()) {
            if (FieldDefinition.UPLOAD.equals(field.type()) && located.component()
                .child(field.name())
                .filter((child) -> ContentNode.RESOURCE.equals(child.nodeType()))
                .isPresent()) {
                images.add(field.name());
            }
        }
        return images;
    }

    private String showNew(ContentNode page, Addition addition, Map<String, String> typed, Map<String, String> errors,
            Model model, Locale locale) {
        DialogDefinition dialog = addition.dialog();
        String componentTitle = this.views.label(addition.component().title(), locale);
        model.addAttribute("pageTitle", "backoffice.pages.newComponent.pageTitle");
        model.addAttribute("heading", this.messages.get("backoffice.pages.newComponent.title", locale, componentTitle,
                areaLegend(addition.area().name(), locale)));
        model.addAttribute("pageName", PageEditing.title(page));
        model.addAttribute("action", PagesPaths.NEW_COMPONENT);
        model.addAttribute("hidden", Map.of(PagesPaths.PATH, page.path(), AREA, addition.area().name(), TEMPLATE,
                addition.component().id()));
        model.addAttribute("submit", "backoffice.pages.newComponent.submit");
        return showForm(page, dialog, typed, null, errors, model, locale);
    }

    private String showEdit(Located located, DialogDefinition dialog, Map<String, String> typed,
            Map<String, String> errors, Model model, Locale locale) {
        String componentTitle = this.views.templateTitle(located.component().template(), locale);
        model.addAttribute("pageTitle", "backoffice.pages.component.pageTitle");
        model.addAttribute("heading", this.messages.get("backoffice.pages.component.title", locale, componentTitle,
                areaLegend(located.area().name(), locale)));
        model.addAttribute("pageName", PageEditing.title(located.page()));
        model.addAttribute("action", PagesPaths.COMPONENT);
        model.addAttribute("hidden", Map.of(PagesPaths.PATH, located.component().path(), VERSION,
                PageEditing.versionOf(located.component()), TEMPLATE, String.valueOf(located.component().template())));
        model.addAttribute("submit", "backoffice.pages.component.submit");
        return showForm(located.page(), dialog, typed, located.component(), errors, model, locale);
    }

    private String showForm(ContentNode page, @Nullable DialogDefinition dialog, Map<String, String> typed,
            @Nullable ContentNode component, Map<String, String> errors, Model model, Locale locale) {
        List<Views.FieldView> fields = (dialog != null) ? this.views.fields(dialog, typed, component, locale)
                : List.of();
        model.addAttribute("fields", fields);
        model.addAttribute("multipart", fields.stream().anyMatch((field) -> field.kind().equals("upload")));
        model.addAttribute("errors", errors);
        model.addAttribute("backPath", PageViews.link(PagesPaths.PAGE, page.path()));
        model.addAllAttributes(Views.paths());
        return "backoffice:pages/component";
    }

    private String areaLegend(String area, Locale locale) {
        return this.views.areaLegend(area, locale);
    }

    private String summary(Located located, Locale locale) {
        DialogDefinition dialog = editableDialog(located);
        return (dialog != null) ? this.views.summary(located.component(), dialog, locale) : "";
    }

    private Located located(@Nullable String path) {
        return find(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Optional<Located> find(@Nullable String path) {
        return EditablePaths.within(this.editing.siteRoot(), path).flatMap(this.editing::component);
    }

    private @Nullable TemplateDefinition definition(ContentNode component) {
        String template = component.template();
        return (template != null) ? this.definitions.template(template).orElse(null) : null;
    }

    /** The dialog of a component editors may change; null for the service's own. */
    private @Nullable DialogDefinition editableDialog(Located located) {
        TemplateDefinition definition = definition(located.component());
        if (definition == null || definition.isServiceView() || definition.dialog() == null) {
            return null;
        }
        return this.definitions.dialog(definition.dialog()).orElse(null);
    }

    private boolean isDeletable(Located located) {
        TemplateDefinition definition = definition(located.component());
        return definition == null || (!definition.isServiceView() && definition.deletable());
    }

    private static String toPage(String pagePath, String area) {
        return "redirect:" + PageViews.link(PagesPaths.PAGE, pagePath) + "#zone-" + area;
    }

    /** Why a request is refused: its status and message, with the message's arguments. */
    record Refusal(HttpStatus status, String messageKey, List<Object> arguments) {

        Refusal(HttpStatus status, String messageKey, Object... arguments) {
            this(status, messageKey, List.of(arguments));
        }

    }

    /** A component type to add to an area. */
    private record Addition(AreaDefinition area, TemplateDefinition component, @Nullable DialogDefinition dialog) {

    }

    /** A refused addition, for the handler to show. */
    private static final class RefusedException extends RuntimeException {

        private final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.messageKey());
            this.refusal = refusal;
        }

        Refusal refusal() {
            return this.refusal;
        }

    }

}
