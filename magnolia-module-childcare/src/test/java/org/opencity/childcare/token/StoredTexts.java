package org.opencity.childcare.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.opencity.childcare.jcr.JcrTemplate;

/**
 * What the repository holds as text, for tests that check a secret was never written
 * down.
 */
public final class StoredTexts {

    private StoredTexts() {
    }

    /**
     * Every node name and string property value at and below {@code path}, or nothing if
     * there is no such node.
     */
    public static List<String> under(JcrTemplate jcr, String path) {
        return jcr.read((session) -> {
            List<String> texts = new ArrayList<>();
            if (session.nodeExists(path)) {
                collect(session.getNode(path), texts);
            }
            return texts;
        });
    }

    /** The lowercase hexadecimal SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

    private static void collect(Node node, List<String> texts) throws RepositoryException {
        texts.add(node.getName());
        for (PropertyIterator properties = node.getProperties(); properties.hasNext();) {
            Property property = properties.nextProperty();
            if (property.getType() != PropertyType.STRING) {
                continue;
            }
            Value[] values = property.isMultiple() ? property.getValues() : new Value[] { property.getValue() };
            for (Value value : values) {
                texts.add(value.getString());
            }
        }
        for (NodeIterator children = node.getNodes(); children.hasNext();) {
            collect(children.nextNode(), texts);
        }
    }

}
