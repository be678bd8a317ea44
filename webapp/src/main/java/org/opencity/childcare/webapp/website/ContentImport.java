package org.opencity.childcare.webapp.website;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a bootstrap file in Magnolia's YAML export format: each key is a node name whose
 * map holds {@code jcr:primaryType}, the node's properties (scalars and lists) and its
 * child nodes (maps). The file's name says where it goes:
 * {@code <workspace>.<path of the top node, dotted>.yaml}.
 */
final class ContentImport {

    private ContentImport() {
    }

    /** The top nodes of the file, with their parent's path taken from the file name. */
    static List<ContentNode> read(InputStream in, String fileName) {
        String[] parts = fileName.substring(0, fileName.length() - ".yaml".length()).split("\\.");
        StringBuilder parentPath = new StringBuilder();
        for (int i = 1; i < parts.length - 1; i++) {
            parentPath.append('/').append(parts[i]);
        }
        Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        List<ContentNode> nodes = new ArrayList<>();
        if (yaml instanceof Map<?, ?> top) {
            top.forEach((name, value) -> nodes.add(node(parentPath.toString(), String.valueOf(name), value)));
        }
        return nodes;
    }

    private static ContentNode node(String parentPath, String name, Object yaml) {
        if (!(yaml instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("Node '" + parentPath + "/" + name + "' is not a map");
        }
        String path = parentPath + "/" + name;
        Map<String, Object> properties = new LinkedHashMap<>();
        List<ContentNode> children = new ArrayList<>();
        String type = "mgnl:contentNode";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            if (key.equals("jcr:primaryType")) {
                type = String.valueOf(value);
            }
            else if (value instanceof Map<?, ?>) {
                children.add(node(path, key, value));
            }
            else if (!key.startsWith("jcr:") && value != null) {
                properties.put(key, (value instanceof Integer number) ? Long.valueOf(number) : value);
            }
        }
        return new ContentNode(name, path, "", type, Map.copyOf(properties), List.copyOf(children), null);
    }

}
