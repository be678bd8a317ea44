package org.opencity.childcare.webapp.backoffice.pages;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the page editor's templates show, prepared and translated. Public, as FreeMarker
 * only reads public types.
 */
public final class Views {

    private Views() {
    }

    /** One page of the tree, with its sub-pages. */
    public record TreeRow(String path, String title, String statusLabel, String status, String editPath,
            String previewPath, String newChildPath, @Nullable String deletePath, String historyPath,
            List<TreeRow> children) {

    }

    /** One choice of a select. */
    public record Choice(String value, String label) {

    }

    /**
     * One field of a generated form.
     *
     * @param kind text, textarea, richText, checkbox, select, date, link or upload
     * @param legend for a checkbox with its own button label, the question it answers
     * @param value as typed or stored; "true" for a ticked checkbox
     * @param imageUrl the image an upload field holds, if any
     */
    public record FieldView(String name, String kind, String label, @Nullable String legend, String hint,
            boolean required, int maxLength, int rows, String value, List<Choice> options, @Nullable String imageUrl,
            @Nullable String imageName) {

        public boolean checked() {
            return "true".equals(this.value);
        }

    }

    /** One component in an area of the page screen. */
    public record ComponentRow(String path, int number, String title, String summary, @Nullable String editPath,
            @Nullable String deletePath, boolean moveUp, boolean moveDown) {

    }

    /** One area of the page screen, with what may be added to it. */
    public record AreaView(String name, String legend, String hint, List<ComponentRow> components, List<Choice> choices,
            int capacity, boolean full) {

    }

    /** The page screen's page. */
    public record PageView(String path, String title, String status, String statusLabel, String previewPath,
            String historyPath, @Nullable String parentToPublish, List<FieldView> properties, List<AreaView> areas) {

    }

    /** One publication in a page's history. */
    public record HistoryRow(String id, String publishedBy, String publishedAt, String publishedAtIso,
            @Nullable String restoredFrom, boolean online, String restorePath) {

    }

    /** Model attributes shared by the screens. */
    static Map<String, Object> paths() {
        return Map.of("treePath", PagesPaths.TREE, "pagePath", PagesPaths.PAGE, "newPagePath", PagesPaths.NEW_PAGE,
                "deletePagePath", PagesPaths.DELETE_PAGE, "publishPath", PagesPaths.PUBLISH, "restorePath",
                PagesPaths.RESTORE, "componentPath", PagesPaths.COMPONENT, "newComponentPath", PagesPaths.NEW_COMPONENT,
                "movePath", PagesPaths.MOVE_COMPONENT, "deleteComponentPath", PagesPaths.DELETE_COMPONENT);
    }

}
