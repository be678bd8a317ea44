package org.opencity.childcare.webapp.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A delivery endpoint as the module declares it in
 * {@code childcare/restEndpoints/delivery/<name>.yaml}, in Magnolia's format: the host
 * reads the same file Magnolia would, so the endpoint's address, workspace, root path,
 * node types and default limit are configured in one place.
 *
 * @param name the file's name, which is the endpoint's path below
 * {@code /.rest/delivery/} unless {@code endpointPath} says otherwise
 * @param limit how many nodes a query returns when it does not say (Magnolia's default:
 * 10)
 */
record DeliveryEndpointDefinition(String name, String workspace, String rootPath, List<String> nodeTypes, int limit) {

    static final String LOCATION = "classpath*:childcare/restEndpoints/delivery/*.yaml";

    private static final int MAGNOLIA_DEFAULT_LIMIT = 10;

    /** Every delivery definition on the class path. */
    static List<DeliveryEndpointDefinition> all() {
        List<DeliveryEndpointDefinition> definitions = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String file = resource.getFilename();
                if (file == null) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                    definitions.add(of(file.substring(0, file.length() - ".yaml".length()), yaml));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the delivery endpoint definitions", ex);
        }
        return definitions;
    }

    static DeliveryEndpointDefinition of(String fileName, Map<String, Object> yaml) {
        Object path = yaml.get("endpointPath");
        String name = (path != null) ? path.toString().replaceFirst("^/?delivery/", "") : fileName;
        Object nodeTypes = yaml.get("nodeTypes");
        List<String> types = (nodeTypes instanceof List<?> list) ? list.stream().map(String::valueOf).toList()
                : List.of();
        Object limit = yaml.get("limit");
        return new DeliveryEndpointDefinition(name, String.valueOf(yaml.getOrDefault("workspace", "website")),
                String.valueOf(yaml.getOrDefault("rootPath", "/")), types,
                (limit instanceof Number number) ? number.intValue() : MAGNOLIA_DEFAULT_LIMIT);
    }

}
