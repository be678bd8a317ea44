package org.opencity.childcare.webapp.backoffice.pages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.webapp.rendering.definition.Definitions;
import org.opencity.childcare.webapp.rendering.definition.DialogDefinition;
import org.opencity.childcare.webapp.rendering.definition.FieldDefinition;
import org.opencity.childcare.webapp.rendering.definition.TemplateDefinition;
import org.opencity.childcare.webapp.website.ContentNode;
import org.opencity.childcare.webapp.website.ContentNodes;
import org.opencity.childcare.webapp.website.Publications;
import org.opencity.childcare.webapp.website.WebsiteContent;

/**
 * The page editor's changes to the drafts in the author workspace: pages, their
 * properties and their components. Every change marks the page as modified (date and
 * user), as Magnolia does, so the page tree can tell which drafts differ from what
 * residents see.
 */
@Component
class PageEditing {

    private static final Logger logger = LoggerFactory.getLogger(PageEditing.class);

    /** The template of every page an editor creates. */
    static final String SECTION_TEMPLATE = "childcare-site:pages/section";

    private static final String CREATED = "mgnl:created";

    private static final String CREATED_BY = "mgnl:createdBy";

    private final WebsiteContent website;

    private final Definitions definitions;

    private final Publications publications;

    private final Clock clock;

    PageEditing(WebsiteContent website, Definitions definitions, Publications publications, Clock clock) {
        this.website = website;
        this.definitions = definitions;
        this.publications = publications;
        this.clock = clock;
    }

    String siteRoot() {
        return this.website.siteRoot();
    }

    /** The section's pages from its top page down; empty if the section is missing. */
    Optional<TreePage> tree() {
        String root = this.website.siteRoot();
        return this.website.author()
            .read((session) -> session.nodeExists(root) ? Optional.of(treePage(session.getNode(root), 0))
                    : Optional.empty());
    }

    private TreePage treePage(Node node, int depth) throws RepositoryException {
        ContentNode page = ContentNodes.read(node, false);
        List<TreePage> children = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (child.isNodeType(ContentNode.PAGE)) {
                children.add(treePage(child, depth + 1));
            }
        }
        return new TreePage(page.path(), title(page), depth, PublicationStatus.of(page.properties()),
                servesVisitors(page), List.copyOf(children));
    }

    /** The draft of a page of the section. */
    Optional<ContentNode> page(String path) {
        return this.website.draftPage(path);
    }

    /** A component of a page of the section, with its area and page. */
    Optional<Located> component(String path) {
        String areaPath = EditablePaths.parentOf(path);
        String pagePath = EditablePaths.parentOf(areaPath);
        if (EditablePaths.within(this.website.siteRoot(), pagePath).isEmpty()) {
            return Optional.empty();
        }
        return page(pagePath).flatMap((page) -> page.child(EditablePaths.nameOf(areaPath))
            .filter((area) -> ContentNode.AREA.equals(area.nodeType()))
            .flatMap((area) -> area.child(EditablePaths.nameOf(path))
                .filter((component) -> ContentNode.COMPONENT.equals(component.nodeType()))
                .map((component) -> new Located(page, area, component))));
    }

    /** Whether the page holds a component the service fills for each visitor. */
    boolean servesVisitors(ContentNode page) {
        return page.allComponents().stream().anyMatch(this::isServiceView);
    }

    boolean isServiceView(ContentNode component) {
        String template = component.template();
        return template != null
                && this.definitions.template(template).map(TemplateDefinition::isServiceView).orElse(false);
    }

    /**
     * Creates an empty page of the section template under {@code parentPath}.
     * @return its path
     * @throws NameTakenException if the parent already has a child of that name
     */
    String createPage(String parentPath, String name, String title, String user) {
        String path = this.website.author().write((session) -> {
            Node parent = session.getNode(parentPath);
            if (parent.hasNode(name)) {
                throw new NameTakenException(name);
            }
            Node page = parent.addNode(name, ContentNode.PAGE);
            page.setProperty(ContentNode.TEMPLATE, SECTION_TEMPLATE);
            page.setProperty("title", title);
            page.setProperty(CREATED, now());
            page.setProperty(CREATED_BY, user);
            touch(page, user);
            return page.getPath();
        });
        logger.info("Page '{}' created by '{}'", path, user);
        return path;
    }

    /** Takes the page and its sub-pages off the site, then deletes their drafts. */
    void deletePage(String path, String user) {
        this.publications.unpublish(path);
        this.website.author().write((session) -> {
            if (session.nodeExists(path)) {
                session.getNode(path).remove();
            }
            return null;
        });
        logger.info("Page '{}' deleted by '{}'", path, user);
    }

    /** Stores the page properties of the page's dialog. */
    void saveProperties(String path, DialogDefinition dialog, DialogForm.Submission submission, String user) {
        this.website.author().write((session) -> {
            Node page = pageNode(session, path);
            store(page, dialog, submission);
            touch(page, user);
            return null;
        });
    }

    /**
     * Adds a component at the end of an area, creating the area if the page has none yet.
     * @return the component's path
     * @throws AreaFullException if the area already holds {@code capacity} components
     */
    String addComponent(String pagePath, String areaName, String templateId, @Nullable DialogDefinition dialog,
            DialogForm.Submission submission, int capacity, String user) {
        return this.website.author().write((session) -> {
            Node page = pageNode(session, pagePath);
            Node area = page.hasNode(areaName) ? page.getNode(areaName) : page.addNode(areaName, ContentNode.AREA);
            if (!area.isNodeType(ContentNode.AREA)) {
                throw new IllegalStateException("Not an area: " + area.getPath());
            }
            List<String> names = componentNames(area);
            if (names.size() >= capacity) {
                throw new AreaFullException(capacity);
            }
            Node component = area.addNode(freeName(area), ContentNode.COMPONENT);
            component.setProperty(ContentNode.TEMPLATE, templateId);
            component.setProperty(CREATED, now());
            component.setProperty(CREATED_BY, user);
            if (dialog != null) {
                store(component, dialog, submission);
            }
            touch(page, user);
            return component.getPath();
        });
    }

    /**
     * Stores a component's dialog fields, unless someone saved the component since the
     * editor opened it at {@code openedVersion} (null: no check).
     * @throws EditConflictException with the component as it now stands
     */
    void saveComponent(Located located, DialogDefinition dialog, DialogForm.Submission submission,
            @Nullable String openedVersion, String user) {
        this.website.author().write((session) -> {
            Node component = session.getNode(located.component().path());
            if (openedVersion != null && !openedVersion.equals(versionOf(component))) {
                throw new EditConflictException(ContentNodes.read(component, false));
            }
            store(component, dialog, submission);
            touch(component, user);
            touch(pageNode(session, located.page().path()), user);
            return null;
        });
    }

    /**
     * The version of a component that an editor's form is opened on: when it was last
     * saved in the editor, empty if it never was.
     */
    static String versionOf(ContentNode component) {
        return (component.properties().get(PublicationStatus.LAST_MODIFIED) instanceof Date saved)
                ? String.valueOf(saved.getTime()) : "";
    }

    private static String versionOf(Node component) throws RepositoryException {
        return component.hasProperty(PublicationStatus.LAST_MODIFIED)
                ? String.valueOf(component.getProperty(PublicationStatus.LAST_MODIFIED).getDate().getTimeInMillis())
                : "";
    }

    /**
     * Moves a component one place up or down in its area.
     * @return false when it is already first (or last)
     */
    boolean moveComponent(Located located, boolean up, String user) {
        return this.website.author().write((session) -> {
            Node area = session.getNode(located.area().path());
            List<String> names = componentNames(area);
            int index = names.indexOf(located.component().name());
            if (index < 0 || (up && index == 0) || (!up && index == names.size() - 1)) {
                return false;
            }
            if (up) {
                area.orderBefore(names.get(index), names.get(index - 1));
            }
            else {
                area.orderBefore(names.get(index + 1), names.get(index));
            }
            touch(pageNode(session, located.page().path()), user);
            return true;
        });
    }

    void deleteComponent(Located located, String user) {
        this.website.author().write((session) -> {
            String path = located.component().path();
            if (session.nodeExists(path)) {
                session.getNode(path).remove();
            }
            touch(pageNode(session, located.page().path()), user);
            return null;
        });
    }

    /**
     * Writes the dialog's fields on {@code node}: the submitted values, images replaced
     * or removed, and every other field of the dialog cleared. Properties that are not
     * fields of the dialog stay as they are.
     */
    private static void store(Node node, DialogDefinition dialog, DialogForm.Submission submission)
            throws RepositoryException {
        for (FieldDefinition field : dialog.fields()) {
            String name = field.name();
            if (name.contains(":") || name.contains("/")) {
                continue;
            }
            if (FieldDefinition.UPLOAD.equals(field.type())) {
                ContentNode.Binary image = submission.images().get(name);
                if (image != null || submission.removedImages().contains(name)) {
                    if (node.hasNode(name)) {
                        node.getNode(name).remove();
                    }
                }
                if (image != null) {
                    ContentNodes.writeBinary(node.addNode(name, ContentNode.RESOURCE), image);
                }
                continue;
            }
            Object value = submission.values().get(name);
            if (node.hasProperty(name)) {
                Property existing = node.getProperty(name);
                if (value == null || existing.isMultiple() || existing.getType() != typeOf(value)) {
                    existing.remove();
                }
            }
            if (value instanceof Boolean flag) {
                node.setProperty(name, flag);
            }
            else if (value instanceof Date date) {
                Calendar calendar = Calendar.getInstance();
                calendar.setTime(date);
                node.setProperty(name, calendar);
            }
            else if (value != null) {
                node.setProperty(name, value.toString());
            }
        }
    }

    private static int typeOf(Object value) {
        if (value instanceof Boolean) {
            return PropertyType.BOOLEAN;
        }
        return (value instanceof Date) ? PropertyType.DATE : PropertyType.STRING;
    }

    /** Marks a page or component as changed now by {@code user}. */
    private void touch(Node node, String user) throws RepositoryException {
        node.setProperty(PublicationStatus.LAST_MODIFIED, now());
        node.setProperty(PublicationStatus.LAST_MODIFIED_BY, user);
    }

    private Calendar now() {
        return JcrTemplate.calendar(this.clock.instant());
    }

    private static Node pageNode(Session session, String path) throws RepositoryException {
        Node page = session.getNode(path);
        if (!page.isNodeType(ContentNode.PAGE)) {
            throw new IllegalStateException("Not a page: " + path);
        }
        return page;
    }

    private static List<String> componentNames(Node area) throws RepositoryException {
        List<String> names = new ArrayList<>();
        for (NodeIterator it = area.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (child.isNodeType(ContentNode.COMPONENT)) {
                names.add(child.getName());
            }
        }
        return names;
    }

    /** The smallest number not yet used as a name in the area, as Magnolia names them. */
    private static String freeName(Node area) throws RepositoryException {
        for (int number = 0;; number++) {
            if (!area.hasNode(String.valueOf(number))) {
                return String.valueOf(number);
            }
        }
    }

    static String title(ContentNode page) {
        String title = page.string("title");
        return (title != null && !title.isBlank()) ? title : page.name();
    }

    /** A page of the tree, with its sub-pages; public for the templates. */
    public record TreePage(String path, String title, int depth, PublicationStatus status, boolean servesVisitors,
            List<TreePage> children) {

        /** Whether this page or one below it holds a component of the service. */
        boolean servesVisitorsBelow() {
            return this.servesVisitors || this.children.stream().anyMatch(TreePage::servesVisitorsBelow);
        }

        int pageCount() {
            return 1 + this.children.stream().mapToInt(TreePage::pageCount).sum();
        }

        Optional<TreePage> find(String wanted) {
            if (this.path.equals(wanted)) {
                return Optional.of(this);
            }
            return this.children.stream().map((child) -> child.find(wanted)).flatMap(Optional::stream).findFirst();
        }

    }

    /** A component with the area and page that hold it. */
    record Located(ContentNode page, ContentNode area, ContentNode component) {

    }

    /** A new page's name that its parent already uses. */
    static final class NameTakenException extends RuntimeException {

        NameTakenException(String name) {
            super("Name already taken: " + name);
        }

    }

    /** A component saved by someone else since the editor opened its form. */
    static final class EditConflictException extends RuntimeException {

        private final ContentNode current;

        EditConflictException(ContentNode current) {
            super("Component changed since its form was opened: " + current.path());
            this.current = current;
        }

        /** The component as it now stands. */
        ContentNode current() {
            return this.current;
        }

    }

    /** An area that holds as many components as it may. */
    static final class AreaFullException extends RuntimeException {

        private final int capacity;

        AreaFullException(int capacity) {
            super("The area holds its maximum of " + capacity + " components");
            this.capacity = capacity;
        }

        int capacity() {
            return this.capacity;
        }

    }

}
