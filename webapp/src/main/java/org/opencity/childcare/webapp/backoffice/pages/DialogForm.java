package org.opencity.childcare.webapp.backoffice.pages;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.validation.TextRules;
import org.opencity.childcare.webapp.rendering.definition.DialogDefinition;
import org.opencity.childcare.webapp.rendering.definition.FieldDefinition;
import org.opencity.childcare.webapp.website.ContentNode;
import org.opencity.childcare.webapp.website.RichTextSanitizer;

/**
 * Reads a form generated from a dialog definition: each field by its type, checked, and
 * turned into the value stored in the repository (text, sanitised rich text, Boolean,
 * Date, or an image). What the editor typed is kept as typed, to show the form again when
 * something is wrong.
 */
final class DialogForm {

    /** The largest image an editor may upload. */
    static final long IMAGE_MAX_BYTES = 5L * 1024 * 1024;

    /** A text field's limit when its definition sets none. */
    static final int TEXT_MAX = 10_000;

    static final int RICH_TEXT_MAX = 100_000;

    static final int LINK_MAX = 2_000;

    /** The checkbox next to an image that removes it: {@code <field>-supprimer}. */
    static final String REMOVE_SUFFIX = "-supprimer";

    private static final int FILE_NAME_MAX = 120;

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s\"'<>\\\\`]+", Pattern.CASE_INSENSITIVE);

    private static final Pattern LONE_SURROGATE = Pattern.compile("\\p{Cs}");

    private static final Pattern UNSAFE_FILE_NAME = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\"<>]");

    private final ZoneId zone;

    DialogForm(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The stored content of {@code node} as the form shows it; for a new component
     * ({@code node} null), the fields' default values. A checkbox or a select with
     * nothing stored (content imported or created before the field existed) shows its
     * default, which is what the template assumes too.
     */
    Map<String, String> initial(DialogDefinition dialog, @Nullable ContentNode node) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (FieldDefinition field : dialog.fields()) {
            boolean choice = FieldDefinition.CHECKBOX.equals(field.type())
                    || FieldDefinition.SELECT.equals(field.type());
            Object stored = (node != null) ? node.properties().get(field.name()) : null;
            if (stored == null && (node == null || choice)) {
                stored = field.defaultValue();
            }
            String value;
            if (stored instanceof Date date) {
                value = date.toInstant().atZone(this.zone).toLocalDate().toString();
            }
            else if (stored instanceof Boolean flag) {
                value = flag ? "true" : "";
            }
            else {
                value = (stored != null) ? stored.toString() : "";
            }
            if (FieldDefinition.CHECKBOX.equals(field.type())) {
                value = "true".equalsIgnoreCase(value) ? "true" : "";
            }
            typed.put(field.name(), value);
        }
        return typed;
    }

    /**
     * Reads and checks a submitted form.
     * @param labels each field's label, as the editor reads it, for the error messages
     * @param currentImages the image fields that already hold an image
     */
    Submission read(DialogDefinition dialog, Map<String, String> labels, MultiValueMap<String, String> params,
            Map<String, MultipartFile> files, Set<String> currentImages) {
        Submission submission = new Submission();
        for (FieldDefinition field : dialog.fields()) {
            String label = labels.getOrDefault(field.name(), field.name());
            String raw = params.getFirst(field.name());
            switch (field.type()) {
                case FieldDefinition.CHECKBOX -> readCheckbox(field, raw, submission);
                case FieldDefinition.RICH_TEXT -> readRichText(field, label, raw, submission);
                case FieldDefinition.SELECT -> readSelect(field, label, raw, submission);
                case FieldDefinition.DATE -> readDate(field, label, raw, submission);
                case FieldDefinition.LINK -> readLink(field, label, raw, submission);
                case FieldDefinition.UPLOAD ->
                    readImage(field, label, files.get(field.name()), params.getFirst(field.name() + REMOVE_SUFFIX),
                            currentImages.contains(field.name()), submission);
                default -> readText(field, label, raw, submission);
            }
        }
        // An image cannot be kept in a form shown again: say so, rather than lose it
        // silently.
        if (!submission.errors.isEmpty()) {
            for (String field : submission.images.keySet()) {
                submission.errors.reject(field, "backoffice.pages.error.imageAgain", labels.get(field));
            }
        }
        return submission;
    }

    private static void readText(FieldDefinition field, String label, @Nullable String raw, Submission submission) {
        String value = TextRules.clean(raw);
        submission.typed.put(field.name(), value);
        int max = (field.maxLength() > 0) ? field.maxLength() : TEXT_MAX;
        if (checkText(field, label, value, max, submission) && !value.isEmpty()) {
            submission.values.put(field.name(), value);
        }
    }

    private static void readRichText(FieldDefinition field, String label, @Nullable String raw, Submission submission) {
        String value = TextRules.clean(raw);
        submission.typed.put(field.name(), value);
        int max = (field.maxLength() > 0) ? field.maxLength() : RICH_TEXT_MAX;
        if (!checkText(field, label, value, max, submission)) {
            return;
        }
        String sanitised = RichTextSanitizer.sanitize(value);
        boolean empty = Jsoup.parse(sanitised).text().isBlank();
        if (empty && field.required()) {
            submission.errors.reject(field.name(), "backoffice.pages.error.required", label);
        }
        else if (!empty) {
            submission.values.put(field.name(), sanitised);
        }
    }

    /** Checks a text's characters, presence and length; false when it is refused. */
    private static boolean checkText(FieldDefinition field, String label, String value, int max,
            Submission submission) {
        if (hasUnwantedCharacters(value)) {
            submission.errors.reject(field.name(), "backoffice.pages.error.control", label);
            return false;
        }
        if (value.isEmpty() && field.required()) {
            submission.errors.reject(field.name(), "backoffice.pages.error.required", label);
            return false;
        }
        int length = TextRules.length(value);
        if (length > max) {
            submission.errors.reject(field.name(), "backoffice.pages.error.tooLong", label, max, length);
            return false;
        }
        return true;
    }

    /**
     * Control and invisible formatting characters (no one types them on purpose) and
     * halves of a character, which cannot be stored.
     */
    static boolean hasUnwantedCharacters(String value) {
        return TextRules.hasControlCharacters(value) || LONE_SURROGATE.matcher(value).find();
    }

    private static void readCheckbox(FieldDefinition field, @Nullable String raw, Submission submission) {
        boolean checked = "true".equals(raw);
        submission.typed.put(field.name(), checked ? "true" : "");
        submission.values.put(field.name(), checked);
    }

    private static void readSelect(FieldDefinition field, String label, @Nullable String raw, Submission submission) {
        String value = TextRules.clean(raw);
        boolean known = field.options().stream().anyMatch((option) -> option.value().equals(value));
        submission.typed.put(field.name(), known ? value : "");
        if (value.isEmpty()) {
            if (field.required()) {
                submission.errors.reject(field.name(), "backoffice.pages.error.required", label);
            }
        }
        else if (!known) {
            submission.errors.reject(field.name(), "backoffice.pages.error.option", label);
        }
        else {
            submission.values.put(field.name(), value);
        }
    }

    private void readDate(FieldDefinition field, String label, @Nullable String raw, Submission submission) {
        String value = TextRules.clean(raw);
        if (value.length() > 10) {
            value = "";
            submission.errors.reject(field.name(), "backoffice.pages.error.date", label);
        }
        submission.typed.put(field.name(), value);
        if (value.isEmpty()) {
            if (field.required()) {
                submission.errors.reject(field.name(), "backoffice.pages.error.required", label);
            }
            return;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 1900 || date.getYear() > 2999) {
                throw new DateTimeException("Out of range: " + date);
            }
            submission.values.put(field.name(), Date.from(date.atStartOfDay(this.zone).toInstant()));
        }
        catch (DateTimeException ex) {
            submission.errors.reject(field.name(), "backoffice.pages.error.date", label);
        }
    }

    private static void readLink(FieldDefinition field, String label, @Nullable String raw, Submission submission) {
        String value = TextRules.clean(raw);
        submission.typed.put(field.name(), value);
        if (!checkText(field, label, value, LINK_MAX, submission) || value.isEmpty()) {
            return;
        }
        if (!isLink(value)) {
            submission.errors.reject(field.name(), "backoffice.pages.error.link", label);
            return;
        }
        submission.values.put(field.name(), value);
    }

    /**
     * A path on this site ({@code /…}, not {@code //…}) or a web address; never
     * {@code javascript:}, {@code data:} or anything a browser would run.
     */
    static boolean isLink(String value) {
        if (value.chars().anyMatch(Character::isWhitespace) || value.indexOf('\\') >= 0) {
            return false;
        }
        if (value.startsWith("/")) {
            return !value.startsWith("//");
        }
        if (!WEB_ADDRESS.matcher(value).matches()) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.getHost() != null;
        }
        catch (URISyntaxException ex) {
            return false;
        }
    }

    private static void readImage(FieldDefinition field, String label, @Nullable MultipartFile file,
            @Nullable String remove, boolean hasImage, Submission submission) {
        boolean removing = "true".equals(remove);
        submission.typed.put(field.name(), "");
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > IMAGE_MAX_BYTES) {
                submission.errors.reject(field.name(), "backoffice.pages.error.imageTooLarge", label,
                        IMAGE_MAX_BYTES / (1024 * 1024));
                return;
            }
            byte[] bytes;
            try {
                bytes = file.getBytes();
            }
            catch (IOException ex) {
                submission.errors.reject(field.name(), "backoffice.pages.error.imageType", label);
                return;
            }
            String type = ImageTypes.of(bytes);
            if (type == null) {
                submission.errors.reject(field.name(), "backoffice.pages.error.imageType", label);
                return;
            }
            submission.images.put(field.name(),
                    new ContentNode.Binary(type, fileName(file.getOriginalFilename()), bytes.length, bytes));
            return;
        }
        if (field.required() && (!hasImage || removing)) {
            submission.errors.reject(field.name(), "backoffice.pages.error.required", label);
            return;
        }
        if (removing && hasImage) {
            submission.removedImages.add(field.name());
        }
    }

    /** The uploaded file's own name, without folders or characters that cause trouble. */
    static String fileName(@Nullable String original) {
        String name = (original != null) ? original : "";
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = UNSAFE_FILE_NAME.matcher(name).replaceAll("").strip();
        if (name.codePointCount(0, name.length()) > FILE_NAME_MAX) {
            name = name.substring(0, name.offsetByCodePoints(0, FILE_NAME_MAX));
        }
        return name.isEmpty() ? "image" : name;
    }

    /**
     * A submitted form: what was typed, what to store and what is wrong. Fields missing
     * from {@code values} (uploads aside) are cleared.
     */
    static final class Submission {

        private final Map<String, String> typed = new LinkedHashMap<>();

        private final Map<String, Object> values = new LinkedHashMap<>();

        private final Map<String, ContentNode.Binary> images = new LinkedHashMap<>();

        private final Set<String> removedImages = new LinkedHashSet<>();

        private final FieldErrors errors = new FieldErrors();

        /** Each field's value as typed, to show the form again. */
        Map<String, String> typed() {
            return this.typed;
        }

        /** The values to store: String, Boolean or Date, by field. */
        Map<String, Object> values() {
            return this.values;
        }

        /** New images, by field. */
        Map<String, ContentNode.Binary> images() {
            return this.images;
        }

        /** The image fields whose image the editor removed. */
        Set<String> removedImages() {
            return this.removedImages;
        }

        FieldErrors errors() {
            return this.errors;
        }

    }

}
