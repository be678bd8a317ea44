package org.opencity.childcare.webapp.rendering.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.opencity.childcare.webapp.config.ChildcareProperties;

/**
 * The template and dialog definitions of the module (from its jar) and of the light
 * modules (from the light-modules folder, or the copy packaged in the host when there is
 * no folder). Light-module files are checked for changes at most every two seconds, so an
 * edit shows without restart, as in Magnolia.
 */
@Component
public class Definitions {

    private static final Logger logger = LoggerFactory.getLogger(Definitions.class);

    /** The Magnolia module in the jar: its definitions never change while running. */
    static final String MODULE = "childcare";

    /**
     * Light modules packaged in the host, read from the classpath when there is no
     * folder.
     */
    static final List<String> PACKAGED_LIGHT_MODULES = List.of("childcare-site");

    private static final long CHECK_EVERY_NANOS = 2_000_000_000L;

    private final Path lightModules;

    private final Map<String, Object> moduleTemplates;

    private final Map<String, Object> moduleDialogs;

    private volatile Snapshot snapshot;

    private volatile long checkedAt;

    public Definitions(ChildcareProperties properties) {
        this.lightModules = properties.lightModulesPath();
        this.moduleTemplates = readClasspath(MODULE, "templates");
        this.moduleDialogs = readClasspath(MODULE, "dialogs");
        this.snapshot = load();
        this.checkedAt = System.nanoTime();
    }

    public Optional<TemplateDefinition> template(String id) {
        return Optional.ofNullable(current().templates().get(id));
    }

    public Optional<DialogDefinition> dialog(String id) {
        return Optional.ofNullable(current().dialogs().get(id));
    }

    public Collection<TemplateDefinition> templates() {
        return current().templates().values();
    }

    private Snapshot current() {
        long now = System.nanoTime();
        if (now - this.checkedAt >= CHECK_EVERY_NANOS) {
            this.checkedAt = now;
            long fingerprint = fingerprint();
            if (fingerprint != this.snapshot.fingerprint()) {
                try {
                    this.snapshot = load();
                    logger.info("Light-module definitions changed on disk: reloaded");
                }
                catch (InvalidDefinitionException | UncheckedIOException ex) {
                    // A half-saved or mistyped file must not take the site down: keep
                    // serving
                    // the last good definitions until the file is fixed.
                    logger.error("Light-module definitions not reloaded, the previous ones stay in use: {}",
                            ex.getMessage());
                    this.snapshot = this.snapshot.withFingerprint(fingerprint);
                }
            }
        }
        return this.snapshot;
    }

    private synchronized Snapshot load() {
        Map<String, Object> templates = new LinkedHashMap<>(this.moduleTemplates);
        Map<String, Object> dialogs = new LinkedHashMap<>(this.moduleDialogs);
        if (Files.isDirectory(this.lightModules)) {
            for (Path module : lightModuleFolders()) {
                String name = module.getFileName().toString();
                templates.putAll(readFolder(name, module.resolve("templates")));
                dialogs.putAll(readFolder(name, module.resolve("dialogs")));
            }
        }
        else {
            for (String name : PACKAGED_LIGHT_MODULES) {
                templates.putAll(readClasspath(name, "templates"));
                dialogs.putAll(readClasspath(name, "dialogs"));
            }
        }
        Map<String, TemplateDefinition> templateDefinitions = new LinkedHashMap<>();
        templates.forEach((id, yaml) -> templateDefinitions.put(id, DefinitionReader.template(id, yaml)));
        Map<String, DialogDefinition> dialogDefinitions = new LinkedHashMap<>();
        dialogs.forEach((id, yaml) -> dialogDefinitions.put(id, DefinitionReader.dialog(id, yaml)));
        return new Snapshot(Map.copyOf(templateDefinitions), Map.copyOf(dialogDefinitions), fingerprint());
    }

    private List<Path> lightModuleFolders() {
        try (Stream<Path> folders = Files.list(this.lightModules)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Changes when a definition file of a light module is added, removed or edited. */
    private long fingerprint() {
        if (!Files.isDirectory(this.lightModules)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(this.lightModules)) {
            return files.filter(Definitions::isYaml).mapToLong((file) -> {
                try {
                    return file.hashCode() * 31L + Files.getLastModifiedTime(file).toMillis();
                }
                catch (IOException ex) {
                    return file.hashCode();
                }
            }).sum();
        }
        catch (IOException ex) {
            return -1;
        }
    }

    private static boolean isYaml(Path file) {
        return file.getFileName().toString().endsWith(".yaml");
    }

    private static Map<String, Object> readFolder(String module, Path root) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (!Files.isDirectory(root)) {
            return result;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Definitions::isYaml).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                try (InputStream in = Files.newInputStream(file)) {
                    result.put(id(module, relative), parse(in, file.toString()));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return result;
    }

    private static Map<String, Object> readClasspath(String module, String kind) {
        Map<String, Object> result = new LinkedHashMap<>();
        String marker = "/" + module + "/" + kind + "/";
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(Definitions.class.getClassLoader())
                .getResources("classpath*:" + module + "/" + kind + "/**/*.yaml");
            List<Resource> sorted = new ArrayList<>(List.of(resources));
            sorted.sort((a, b) -> String.valueOf(a.getDescription()).compareTo(String.valueOf(b.getDescription())));
            for (Resource resource : sorted) {
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf(marker) + marker.length());
                try (InputStream in = resource.getInputStream()) {
                    result.put(id(module, relative), parse(in, url));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return result;
    }

    private static String id(String module, String relativeYaml) {
        return module + ":" + relativeYaml.substring(0, relativeYaml.length() - ".yaml".length());
    }

    private static Object parse(InputStream in, String source) {
        try {
            Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return (yaml != null) ? yaml : Map.of();
        }
        catch (RuntimeException ex) {
            throw new InvalidDefinitionException("Cannot read the definition '" + source + "': " + ex.getMessage(), ex);
        }
    }

    private record Snapshot(Map<String, TemplateDefinition> templates, Map<String, DialogDefinition> dialogs,
            long fingerprint) {

        Snapshot withFingerprint(long newFingerprint) {
            return new Snapshot(this.templates, this.dialogs, newFingerprint);
        }

    }

}
