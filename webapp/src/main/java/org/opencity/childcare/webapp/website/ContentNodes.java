package org.opencity.childcare.webapp.website;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

import org.jspecify.annotations.Nullable;

/**
 * Reads JCR nodes of the {@code website} workspaces into {@link ContentNode}s and writes
 * them back: the one place that knows how pages, areas, components and uploaded files are
 * stored.
 */
public final class ContentNodes {

    private static final String DATA = "jcr:data";

    private static final String MIME_TYPE = "jcr:mimeType";

    private static final String FILE_NAME = "fileName";

    private ContentNodes() {
    }

    /**
     * Reads a page with its areas and components, without its sub-pages.
     * @param withBinaries whether to load uploaded files' bytes (to copy them)
     */
    public static ContentNode read(Node node, boolean withBinaries) throws RepositoryException {
        Map<String, Object> properties = new LinkedHashMap<>();
        ContentNode.Binary binary = null;
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property property = it.nextProperty();
            String name = property.getName();
            if (name.equals(DATA)) {
                binary = binary(node, property, withBinaries);
            }
            else if (!name.startsWith("jcr:")) {
                properties.put(name, property.isMultiple() ? values(property.getValues()) : value(property.getValue()));
            }
        }
        List<ContentNode> children = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (!child.isNodeType(ContentNode.PAGE)) {
                children.add(read(child, withBinaries));
            }
        }
        return new ContentNode(node.getName(), node.getPath(), node.getIdentifier(),
                node.getPrimaryNodeType().getName(), Map.copyOf(properties), List.copyOf(children), binary);
    }

    private static ContentNode.Binary binary(Node node, Property data, boolean withBytes) throws RepositoryException {
        String mimeType = node.hasProperty(MIME_TYPE) ? node.getProperty(MIME_TYPE).getString()
                : "application/octet-stream";
        String fileName = node.hasProperty(FILE_NAME) ? node.getProperty(FILE_NAME).getString() : node.getName();
        byte[] bytes = null;
        if (withBytes) {
            try (InputStream in = data.getBinary().getStream()) {
                bytes = in.readAllBytes();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return new ContentNode.Binary(mimeType, fileName, data.getLength(), bytes);
    }

    private static List<Object> values(Value[] values) throws RepositoryException {
        List<Object> result = new ArrayList<>();
        for (Value value : values) {
            result.add(value(value));
        }
        return List.copyOf(result);
    }

    private static Object value(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.BOOLEAN -> value.getBoolean();
            case PropertyType.LONG -> value.getLong();
            case PropertyType.DOUBLE -> value.getDouble();
            case PropertyType.DATE -> value.getDate().getTime();
            default -> value.getString();
        };
    }

    /**
     * Makes {@code target} hold what {@code source} holds: its properties, areas and
     * components; {@code target}'s own sub-pages stay.
     */
    public static void replaceContent(Node target, ContentNode source) throws RepositoryException {
        for (NodeIterator it = target.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (!child.isNodeType(ContentNode.PAGE)) {
                child.remove();
            }
        }
        for (PropertyIterator it = target.getProperties(); it.hasNext();) {
            Property property = it.nextProperty();
            if (!property.getName().startsWith("jcr:") && !property.getDefinition().isProtected()
                    && !source.properties().containsKey(property.getName())) {
                property.remove();
            }
        }
        setProperties(target, source);
        for (ContentNode child : source.children()) {
            add(target, child);
        }
    }

    /** Adds {@code source} as a new child of {@code parent}, with everything below it. */
    public static Node add(Node parent, ContentNode source) throws RepositoryException {
        Node node = parent.addNode(source.name(), source.nodeType());
        setProperties(node, source);
        ContentNode.Binary binary = source.binary();
        if (binary != null) {
            writeBinary(node, binary);
        }
        for (ContentNode child : source.children()) {
            add(node, child);
        }
        return node;
    }

    /** Stores an uploaded file in a {@code mgnl:resource} node. */
    public static void writeBinary(Node node, ContentNode.Binary binary) throws RepositoryException {
        byte[] data = binary.data();
        if (data == null) {
            throw new IllegalArgumentException("A file must be read with its bytes to be written");
        }
        ValueFactory values = node.getSession().getValueFactory();
        node.setProperty(DATA, values.createBinary(new ByteArrayInputStream(data)));
        node.setProperty(MIME_TYPE, binary.mimeType());
        node.setProperty(FILE_NAME, binary.fileName());
    }

    private static void setProperties(Node node, ContentNode source) throws RepositoryException {
        for (Map.Entry<String, Object> entry : source.properties().entrySet()) {
            if (entry.getValue() instanceof List<?> list) {
                ValueFactory factory = node.getSession().getValueFactory();
                Value[] values = new Value[list.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = jcrValue(factory, list.get(i));
                }
                node.setProperty(entry.getKey(), values);
            }
            else {
                node.setProperty(entry.getKey(), jcrValue(node.getSession().getValueFactory(), entry.getValue()));
            }
        }
    }

    private static Value jcrValue(ValueFactory factory, @Nullable Object value) {
        if (value instanceof Boolean flag) {
            return factory.createValue(flag);
        }
        if (value instanceof Long number) {
            return factory.createValue(number);
        }
        if (value instanceof Double number) {
            return factory.createValue(number);
        }
        if (value instanceof Date date) {
            Calendar calendar = Calendar.getInstance();
            calendar.setTime(date);
            return factory.createValue(calendar);
        }
        return factory.createValue(String.valueOf(value));
    }

}
