package org.opencity.childcare.webapp.site;

import java.io.IOException;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.member.CaregiverType;
import org.opencity.childcare.member.DocumentCheck;
import org.opencity.childcare.member.MemberKind;
import org.opencity.childcare.member.UploadedDocument;
import org.opencity.childcare.registration.RegistrationForm;
import org.opencity.childcare.registration.RegistrationService;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.InvalidInputException;
import org.opencity.childcare.webapp.web.FormErrors;
import org.opencity.childcare.webapp.web.Options;

/**
 * The public registration form: shown, checked, and on success answered by the same
 * confirmation page whether the address was new or already registered.
 */
@Controller
class RegistrationController {

    private static final String[] FIELDS = allowedFields();

    private final RegistrationService registrations;

    private final Neighbourhoods neighbourhoods;

    private final Messages messages;

    RegistrationController(RegistrationService registrations, Neighbourhoods neighbourhoods, Messages messages) {
        this.registrations = registrations;
        this.neighbourhoods = neighbourhoods;
        this.messages = messages;
    }

    @InitBinder("form")
    void bindOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(FIELDS);
        binder.setAutoGrowCollectionLimit(RegistrationForm.CHILD_ROWS);
    }

    @GetMapping(SitePaths.REGISTER)
    String form(Model model, Locale locale) {
        return show(new RegistrationForm(), Map.of(), model, locale);
    }

    @PostMapping(SitePaths.REGISTER)
    String register(@ModelAttribute("form") RegistrationForm form,
            @RequestParam(name = "documents", required = false) @Nullable List<MultipartFile> files, Model model,
            Locale locale, HttpServletResponse response) throws IOException {
        FieldErrors errors = new FieldErrors();
        List<UploadedDocument> documents = documents(files, errors);
        try {
            this.registrations.register(form, documents, errors, Messages.supported(locale));
        }
        catch (InvalidInputException ex) {
            response.setStatus(422);
            return show(form, FormErrors.translate(ex.errors(), this.messages, locale), model, locale);
        }
        return "redirect:" + SitePaths.REGISTERED;
    }

    @GetMapping(SitePaths.REGISTERED)
    String sent(Model model) {
        model.addAttribute("pageTitle", "childcare.registrationSent.pageTitle");
        return "site:registrationSent";
    }

    private List<UploadedDocument> documents(@Nullable List<MultipartFile> files, FieldErrors errors)
            throws IOException {
        List<MultipartFile> chosen = (files != null) ? files.stream()
            .filter((file) -> !file.isEmpty()
                    || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()))
            .toList() : List.of();
        List<UploadedDocument> documents = new ArrayList<>();
        if (chosen.size() > UploadedDocument.MAX_COUNT) {
            errors.reject("documents", "childcare.registration.error.tooManyDocuments");
            return documents;
        }
        for (MultipartFile file : chosen) {
            String name = baseName(file.getOriginalFilename());
            if (file.getSize() > UploadedDocument.MAX_BYTES) {
                errors.reject("documents", DocumentCheck.Problem.TOO_LARGE.messageKey(), name);
                continue;
            }
            DocumentCheck check = UploadedDocument.check(file.getOriginalFilename(), file.getBytes());
            if (check instanceof DocumentCheck.Accepted accepted) {
                documents.add(accepted.document());
            }
            else if (check instanceof DocumentCheck.Rejected rejected) {
                errors.reject("documents", rejected.messageKey(), rejected.fileName());
            }
        }
        return documents;
    }

    private String show(RegistrationForm form, Map<String, String> errors, Model model, Locale locale) {
        form.padChildren();
        model.addAttribute("pageTitle", "childcare.registration.pageTitle");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds",
                Options.ofEnum(MemberKind.class, "childcare.registration.kind", this.messages, locale));
        model.addAttribute("caregiverTypes",
                Options.ofEnum(CaregiverType.class, "childcare.registration.caregiverType", this.messages, locale));
        model.addAttribute("neighbourhoods",
                this.neighbourhoods.all().stream().map((n) -> Options.option(n.id(), n.name())).toList());
        model.addAttribute("months",
                Arrays.stream(Month.values())
                    .map((m) -> Options.option(String.valueOf(m.getValue()),
                            m.getDisplayName(TextStyle.FULL_STANDALONE, Messages.supported(locale))))
                    .toList());
        model.addAttribute("maxDocumentMb", UploadedDocument.MAX_BYTES / (1024 * 1024));
        return "site:registrationForm";
    }

    /**
     * The form's fields, each child row by its index: a row beyond the form (a crafted or
     * stale {@code children[9].month}) is left out rather than failing the binding.
     */
    private static String[] allowedFields() {
        List<String> fields = new ArrayList<>(List.of("kind", "caregiverType", "firstName", "lastName", "email",
                "phone", "postalAddress", "neighbourhood", "approvalNumber", "places", "privacyAccepted"));
        for (int row = 0; row < RegistrationForm.CHILD_ROWS; row++) {
            fields.add("children[" + row + "].month");
            fields.add("children[" + row + "].year");
        }
        return fields.toArray(String[]::new);
    }

    private static String baseName(@Nullable String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

}
