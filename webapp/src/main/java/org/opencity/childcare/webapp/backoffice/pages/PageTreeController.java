package org.opencity.childcare.webapp.backoffice.pages;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.TextRules;
import org.opencity.childcare.webapp.backoffice.pages.PageEditing.TreePage;
import org.opencity.childcare.webapp.rendering.definition.Definitions;
import org.opencity.childcare.webapp.rendering.definition.TemplateDefinition;
import org.opencity.childcare.webapp.security.StaffPrincipal;
import org.opencity.childcare.webapp.web.FormErrors;
import org.opencity.childcare.webapp.website.ContentNode;

/**
 * The section's page tree, where editors find every page with its publication status,
 * create a sub-page and delete a page of their own. A page that holds a component of the
 * service (or has one below it) cannot be deleted: the service needs it at its address.
 */
@Controller
class PageTreeController {

    /** The longest page title, as the page dialog allows. */
    static final int TITLE_MAX = 120;

    private final PageEditing editing;

    private final PageViews views;

    private final Definitions definitions;

    private final Messages messages;

    PageTreeController(PageEditing editing, PageViews views, Definitions definitions, Messages messages) {
        this.editing = editing;
        this.views = views;
        this.definitions = definitions;
        this.messages = messages;
    }

    @GetMapping(PagesPaths.TREE)
    String tree(Model model, Locale locale) {
        model.addAttribute("pageTitle", "backoffice.pages.tree.pageTitle");
        this.editing.tree()
            .ifPresent((root) -> model.addAttribute("root", this.views.treeRow(root, this.editing.siteRoot(), locale)));
        model.addAllAttributes(Views.paths());
        return "backoffice:pages/tree";
    }

    @GetMapping(PagesPaths.NEW_PAGE)
    String newPage(@RequestParam(name = "parent") String parent, Model model) {
        TreePage parentPage = treePage(parent);
        return showNewPage(parentPage, "", "", Map.of(), model);
    }

    @PostMapping(PagesPaths.NEW_PAGE)
    String createPage(@RequestParam(name = "parent") String parent,
            @RequestParam(name = "name", required = false) @Nullable String name,
            @RequestParam(name = "title", required = false) @Nullable String title,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect, Locale locale,
            HttpServletResponse response) {
        TreePage parentPage = treePage(parent);
        String typedName = TextRules.clean(name);
        String typedTitle = TextRules.clean(title);

        FieldErrors errors = check(parentPage, typedName, typedTitle);
        String path = null;
        if (errors.isEmpty()) {
            try {
                path = this.editing.createPage(parentPage.path(), typedName, typedTitle, staff.getUsername());
            }
            catch (PageEditing.NameTakenException ex) {
                errors.reject("name", "backoffice.pages.newPage.error.nameTaken");
            }
        }
        if (path == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showNewPage(parentPage, typedName, typedTitle, FormErrors.translate(errors, this.messages, locale),
                    model);
        }

        redirect.addFlashAttribute("notice",
                this.messages.get("backoffice.pages.flash.pageCreated", locale, typedTitle, path));
        return "redirect:" + PageViews.link(PagesPaths.PAGE, path);
    }

    private FieldErrors check(TreePage parent, String name, String title) {
        FieldErrors errors = new FieldErrors();
        if (title.isEmpty()) {
            errors.reject("title", "backoffice.pages.newPage.error.titleMissing");
        }
        else if (DialogForm.hasUnwantedCharacters(title)) {
            errors.reject("title", "backoffice.pages.newPage.error.titleControl");
        }
        else if (TextRules.length(title) > TITLE_MAX) {
            errors.reject("title", "backoffice.pages.newPage.error.titleTooLong", TITLE_MAX, TextRules.length(title));
        }
        if (name.isEmpty()) {
            errors.reject("name", "backoffice.pages.newPage.error.nameMissing");
        }
        else if (!EditablePaths.isPageName(name)) {
            errors.reject("name", "backoffice.pages.newPage.error.nameInvalid", EditablePaths.PAGE_NAME_MAX);
        }
        else if (isAreaOf(parent, name)) {
            errors.reject("name", "backoffice.pages.newPage.error.nameReserved");
        }
        return errors;
    }

    /**
     * Whether the name is one of the parent page's areas, which live beside its
     * sub-pages.
     */
    private boolean isAreaOf(TreePage parent, String name) {
        return this.editing.page(parent.path())
            .map(ContentNode::template)
            .flatMap(this.definitions::template)
            .map(TemplateDefinition::areas)
            .map((areas) -> areas.containsKey(name))
            .orElse(false);
    }

    private String showNewPage(TreePage parent, String name, String title, Map<String, String> errors, Model model) {
        model.addAttribute("pageTitle", "backoffice.pages.newPage.pageTitle");
        model.addAttribute("parent", parent);
        model.addAttribute("name", name);
        model.addAttribute("title", title);
        model.addAttribute("nameMax", EditablePaths.PAGE_NAME_MAX);
        model.addAttribute("titleMax", TITLE_MAX);
        model.addAttribute("errors", errors);
        model.addAllAttributes(Views.paths());
        return "backoffice:pages/newPage";
    }

    @GetMapping(PagesPaths.DELETE_PAGE)
    String confirmDeletion(@RequestParam(name = PagesPaths.PATH) String path, Model model) {
        TreePage page = treePage(path);

        model.addAttribute("pageTitle", "backoffice.pages.deletePage.pageTitle");
        model.addAttribute("page", page);
        model.addAttribute("subPages", page.pageCount() - 1);
        model.addAttribute("refusal", refusal(page));
        model.addAttribute("editPath", PageViews.link(PagesPaths.PAGE, page.path()));
        model.addAllAttributes(Views.paths());
        return "backoffice:pages/deletePage";
    }

    @PostMapping(PagesPaths.DELETE_PAGE)
    String delete(@RequestParam(name = PagesPaths.PATH) String path, @AuthenticationPrincipal StaffPrincipal staff,
            RedirectAttributes redirect, Locale locale) {
        TreePage page = treePage(path);
        String refusal = refusal(page);
        if (refusal != null) {
            redirect.addFlashAttribute("error", this.messages.get(refusal, locale));
            return "redirect:" + PagesPaths.TREE;
        }

        this.editing.deletePage(page.path(), staff.getUsername());

        redirect.addFlashAttribute("notice",
                this.messages.get("backoffice.pages.flash.pageDeleted", locale, page.title(), page.pageCount() - 1));
        return "redirect:" + PagesPaths.TREE;
    }

    /** Why the page cannot be deleted, as a message key; null when it can. */
    private @Nullable String refusal(TreePage page) {
        if (page.path().equals(this.editing.siteRoot())) {
            return "backoffice.pages.deletePage.refusedRoot";
        }
        if (page.servesVisitorsBelow()) {
            return "backoffice.pages.deletePage.refusedService";
        }
        return null;
    }

    private TreePage treePage(@Nullable String path) {
        return EditablePaths.within(this.editing.siteRoot(), path)
            .flatMap((valid) -> this.editing.tree().flatMap((root) -> root.find(valid)))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

}
