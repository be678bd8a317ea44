package org.opencity.childcare.jcr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.jspecify.annotations.Nullable;

/**
 * Reads and writes optional properties without the boilerplate of {@code hasProperty}
 * checks. A null value removes the property.
 */
public final class JcrProperties {

    private JcrProperties() {
    }

    public static @Nullable String string(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }

    public static String requiredString(Node node, String name) throws RepositoryException {
        return node.getProperty(name).getString();
    }

    public static @Nullable Instant instant(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getDate().toInstant() : null;
    }

    public static Instant requiredInstant(Node node, String name) throws RepositoryException {
        return node.getProperty(name).getDate().toInstant();
    }

    public static Optional<Long> number(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? Optional.of(node.getProperty(name).getLong()) : Optional.empty();
    }

    public static List<String> strings(Node node, String name) throws RepositoryException {
        List<String> result = new ArrayList<>();
        if (node.hasProperty(name)) {
            for (Value value : node.getProperty(name).getValues()) {
                result.add(value.getString());
            }
        }
        return result;
    }

    public static void set(Node node, String name, @Nullable String value) throws RepositoryException {
        node.setProperty(name, value);
    }

    public static void set(Node node, String name, @Nullable Instant value) throws RepositoryException {
        if (value == null) {
            node.setProperty(name, (String) null);
        }
        else {
            node.setProperty(name, JcrTemplate.calendar(value));
        }
    }

    public static void set(Node node, String name, @Nullable Integer value) throws RepositoryException {
        if (value == null) {
            node.setProperty(name, (String) null);
        }
        else {
            node.setProperty(name, value.longValue());
        }
    }

    public static void set(Node node, String name, List<String> values) throws RepositoryException {
        node.setProperty(name, values.toArray(String[]::new));
    }

}
