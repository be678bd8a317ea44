package org.opencity.childcare.webapp.backoffice.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.webapp.backoffice.pages.PageEditing.TreePage;
import org.opencity.childcare.webapp.backoffice.pages.Views.AreaView;
import org.opencity.childcare.webapp.backoffice.pages.Views.Choice;
import org.opencity.childcare.webapp.backoffice.pages.Views.ComponentRow;
import org.opencity.childcare.webapp.backoffice.pages.Views.FieldView;
import org.opencity.childcare.webapp.backoffice.pages.Views.HistoryRow;
import org.opencity.childcare.webapp.backoffice.pages.Views.PageView;
import org.opencity.childcare.webapp.backoffice.pages.Views.TreeRow;
import org.opencity.childcare.webapp.rendering.definition.AreaDefinition;
import org.opencity.childcare.webapp.rendering.definition.Definitions;
import org.opencity.childcare.webapp.rendering.definition.DialogDefinition;
import org.opencity.childcare.webapp.rendering.definition.FieldDefinition;
import org.opencity.childcare.webapp.rendering.definition.TemplateDefinition;
import org.opencity.childcare.webapp.website.ContentNode;
import org.opencity.childcare.webapp.website.Publications.Publication;

/**
 * Prepares what the page editor's screens show: labels from the bundles (the back
 * office's, the module's and the light module's, merged as in Magnolia), statuses,
 * component summaries, and the fields of forms generated from dialogs.
 */
@Component
class PageViews {

    private static final int SUMMARY_MAX = 90;

    private final Messages messages;

    private final Definitions definitions;

    private final DialogForm forms;

    private final ZoneId zone;

    PageViews(Messages messages, Definitions definitions, ZoneId cityZone) {
        this.messages = messages;
        this.definitions = definitions;
        this.forms = new DialogForm(cityZone);
        this.zone = cityZone;
    }

    DialogForm forms() {
        return this.forms;
    }

    String text(String key, Locale locale, Object... arguments) {
        return this.messages.get(key, locale, arguments);
    }

    /**
     * A label from a definition: a message key, or (as Magnolia allows) the text itself.
     */
    String label(String keyOrText, Locale locale) {
        String text = this.messages.get(keyOrText, locale);
        return text.equals("[" + keyOrText + "]") ? keyOrText : text;
    }

    /** The title editors know a component or page template by. */
    String templateTitle(@Nullable String templateId, Locale locale) {
        Optional<TemplateDefinition> definition = (templateId != null) ? this.definitions.template(templateId)
                : Optional.empty();
        return definition.map((found) -> label(found.title(), locale))
            .orElseGet(() -> text("backoffice.pages.component.unknownTemplate", locale, String.valueOf(templateId)));
    }

    static String link(String base, String path) {
        return base + "?" + PagesPaths.PATH + "=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    TreeRow treeRow(TreePage page, String siteRoot, Locale locale) {
        boolean deletable = !page.path().equals(siteRoot) && !page.servesVisitorsBelow();
        return new TreeRow(page.path(), page.title(), text(page.status().labelKey(), locale),
                page.status().name().toLowerCase(Locale.ROOT), link(PagesPaths.PAGE, page.path()),
                link(PagesPaths.PREVIEW, page.path()),
                PagesPaths.NEW_PAGE + "?parent=" + URLEncoder.encode(page.path(), StandardCharsets.UTF_8),
                deletable ? link(PagesPaths.DELETE_PAGE, page.path()) : null, link(PagesPaths.HISTORY, page.path()),
                page.children().stream().map((child) -> treeRow(child, siteRoot, locale)).toList());
    }

    /** Each field's label, translated, for error messages. */
    Map<String, String> labels(DialogDefinition dialog, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        dialog.fields().forEach((field) -> labels.put(field.name(), label(field.label(), locale)));
        return labels;
    }

    /**
     * The fields of a form generated from a dialog.
     * @param typed each field's value, as typed or stored
     * @param node the page or component edited, for its current images; null for a new
     * component
     */
    List<FieldView> fields(DialogDefinition dialog, Map<String, String> typed, @Nullable ContentNode node,
            Locale locale) {
        List<FieldView> fields = new ArrayList<>();
        for (FieldDefinition field : dialog.fields()) {
            String label = label(field.label(), locale);
            String kind = kind(field);
            String legend = null;
            if (FieldDefinition.CHECKBOX.equals(field.type()) && field.buttonLabel() != null) {
                legend = label;
                label = label(field.buttonLabel(), locale);
            }
            List<String> hints = new ArrayList<>();
            if (field.description() != null) {
                hints.add(label(field.description(), locale));
            }
            String kindHint = "backoffice.pages.hint." + kind;
            if (this.messages.has(kindHint, Locale.FRENCH)) {
                hints.add(text(kindHint, locale, DialogForm.IMAGE_MAX_BYTES / (1024 * 1024)));
            }
            List<Choice> options = field.options()
                .stream()
                .map((option) -> new Choice(option.value(), label(option.label(), locale)))
                .toList();
            ContentNode image = (node != null && FieldDefinition.UPLOAD.equals(field.type())) ? node.child(field.name())
                .filter((child) -> ContentNode.RESOURCE.equals(child.nodeType()))
                .orElse(null) : null;
            String imageName = (image != null && image.binary() != null) ? image.binary().fileName() : null;
            fields.add(new FieldView(field.name(), kind, label, legend, String.join(" ", hints), field.required(),
                    maxLength(field), field.rows(), typed.getOrDefault(field.name(), ""), options,
                    (image != null) ? link(PagesPaths.FILE, image.path()) : null, imageName));
        }
        return fields;
    }

    private static String kind(FieldDefinition field) {
        return switch (field.type()) {
            case FieldDefinition.RICH_TEXT -> "richText";
            case FieldDefinition.CHECKBOX -> "checkbox";
            case FieldDefinition.SELECT -> "select";
            case FieldDefinition.DATE -> "date";
            case FieldDefinition.UPLOAD -> "upload";
            case FieldDefinition.LINK -> "link";
            default -> (field.rows() > 1) ? "textarea" : "text";
        };
    }

    private static int maxLength(FieldDefinition field) {
        return switch (field.type()) {
            case FieldDefinition.TEXT -> (field.maxLength() > 0) ? field.maxLength() : DialogForm.TEXT_MAX;
            case FieldDefinition.RICH_TEXT -> (field.maxLength() > 0) ? field.maxLength() : DialogForm.RICH_TEXT_MAX;
            case FieldDefinition.LINK -> DialogForm.LINK_MAX;
            default -> 0;
        };
    }

    /**
     * The page screen.
     * @param typedProperties the page properties as typed, after an error; null to show
     * the stored ones
     */
    PageView page(ContentNode page, TemplateDefinition template, @Nullable Map<String, String> typedProperties,
            @Nullable String parentToPublish, Locale locale) {
        List<FieldView> properties = List.of();
        if (template.dialog() != null) {
            DialogDefinition dialog = this.definitions.dialog(template.dialog()).orElse(null);
            if (dialog != null) {
                Map<String, String> typed = (typedProperties != null) ? typedProperties
                        : this.forms.initial(dialog, page);
                properties = fields(dialog, typed, page, locale);
            }
        }
        PublicationStatus status = PublicationStatus.of(page.properties());
        List<AreaView> areas = template.areas()
            .values()
            .stream()
            .filter((area) -> !"noComponent".equals(area.type()))
            .map((area) -> area(page, area, locale))
            .toList();
        return new PageView(page.path(), PageEditing.title(page), status.name().toLowerCase(Locale.ROOT),
                text(status.labelKey(), locale), link(PagesPaths.PREVIEW, page.path()),
                link(PagesPaths.HISTORY, page.path()), parentToPublish, properties, areas);
    }

    private AreaView area(ContentNode page, AreaDefinition area, Locale locale) {
        List<ContentNode> components = page.child(area.name()).map(ContentNode::components).orElse(List.of());
        List<ComponentRow> rows = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            rows.add(componentRow(components.get(i), i, components.size(), locale));
        }
        List<Choice> choices = area.editable() ? area.availableComponents()
            .stream()
            .filter(area::accepts)
            .flatMap((id) -> this.definitions.template(id).stream())
            .filter((definition) -> !definition.isServiceView())
            .map((definition) -> new Choice(definition.id(), label(definition.title(), locale)))
            .toList() : List.of();
        String hintKey = "backoffice.pages.area." + area.name() + ".hint";
        String hint = this.messages.has(hintKey, Locale.FRENCH) ? text(hintKey, locale) : "";
        return new AreaView(area.name(), areaLegend(area.name(), locale), hint, rows, choices, area.capacity(),
                components.size() >= area.capacity());
    }

    /** An area's name as editors know it; its technical name when the bundle has none. */
    String areaLegend(String area, Locale locale) {
        String key = "backoffice.pages.area." + area;
        return this.messages.has(key, Locale.FRENCH) ? text(key, locale) : area;
    }

    private ComponentRow componentRow(ContentNode component, int index, int count, Locale locale) {
        String templateId = component.template();
        TemplateDefinition definition = (templateId != null) ? this.definitions.template(templateId).orElse(null)
                : null;
        boolean service = definition != null && definition.isServiceView();
        boolean editable = definition != null && !service && definition.dialog() != null
                && this.definitions.dialog(definition.dialog()).isPresent();
        boolean deletable = definition == null || (!service && definition.deletable());
        boolean moveable = definition == null || definition.moveable();
        String summary;
        if (service) {
            summary = text("backoffice.pages.component.service", locale);
        }
        else if (editable) {
            summary = summary(component, this.definitions.dialog(definition.dialog()).orElseThrow(), locale);
        }
        else {
            summary = "";
        }
        return new ComponentRow(component.path(), index + 1, templateTitle(templateId, locale), summary,
                editable ? link(PagesPaths.COMPONENT, component.path()) : null,
                deletable ? link(PagesPaths.DELETE_COMPONENT, component.path()) : null, moveable && index > 0,
                moveable && index < count - 1);
    }

    /** The first text the component shows, shortened: enough to tell components apart. */
    String summary(ContentNode component, DialogDefinition dialog, Locale locale) {
        for (FieldDefinition field : dialog.fields()) {
            String text = switch (field.type()) {
                case FieldDefinition.TEXT, FieldDefinition.LINK -> component.string(field.name());
                case FieldDefinition.RICH_TEXT -> {
                    String html = component.string(field.name());
                    yield (html != null) ? Jsoup.parse(html).text() : null;
                }
                case FieldDefinition.UPLOAD -> component.child(field.name())
                    .map(ContentNode::binary)
                    .map(ContentNode.Binary::fileName)
                    .orElse(null);
                default -> null;
            };
            if (text != null && !text.isBlank()) {
                String clean = text.strip().replaceAll("\\s+", " ");
                return (clean.length() > SUMMARY_MAX) ? clean.substring(0, SUMMARY_MAX - 1).strip() + "…" : clean;
            }
        }
        return text("backoffice.pages.component.noText", locale);
    }

    List<HistoryRow> history(List<Publication> publications, String pagePath, boolean online, Locale locale) {
        List<HistoryRow> rows = new ArrayList<>();
        for (int i = 0; i < publications.size(); i++) {
            Publication publication = publications.get(i);
            String restoredFrom = null;
            if (publication.restoredFrom() != null) {
                restoredFrom = text("backoffice.pages.history.restoredFrom", locale,
                        restoredDate(publication.restoredFrom(), locale));
            }
            rows.add(new HistoryRow(publication.id(), publication.publishedBy(),
                    dateTime(publication.publishedAt(), locale), publication.publishedAt().toString(), restoredFrom,
                    online && i == 0, link(PagesPaths.RESTORE, pagePath) + "&publication=" + publication.id()));
        }
        return rows;
    }

    /** The date of the version a restoration brought back; recorded as an instant. */
    private String restoredDate(String recorded, Locale locale) {
        try {
            return dateTime(Instant.parse(recorded), locale);
        }
        catch (DateTimeParseException ex) {
            return recorded;
        }
    }

    /** A moment as a date and a time in the city: "12 mars 2026 à 14:05". */
    String dateTime(Instant instant, Locale locale) {
        Locale language = Messages.supported(locale);
        ZonedDateTime local = instant.atZone(this.zone);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(local);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(local);
        return text("backoffice.format.dateTime", locale, date, time);
    }

}
