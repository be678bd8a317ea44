package org.opencity.childcare.definitions;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencity.childcare.jcr.NodeTypes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the Magnolia definitions of the module ({@code childcare/} in the jar) and
 * of the light module {@code childcare-site} are readable and wired to each other and to
 * the code: scripts, dialogs and components they name exist, dialogs use only the field
 * types the host supports, their texts exist in French and English, and the workspaces,
 * node types and properties they name are the ones the module declares and stores. A
 * Magnolia instance would report such a break only when an editor or a webmaster opens
 * the page or the app. Each failure names the file and the broken reference.
 *
 * <p>
 * Not repeated here: the keys of the module's templates ({@code MessageBundlesTest}), of
 * the light module's templates under its own prefix ({@code HostBundlesTest} in the
 * webapp) and the descriptor's element order ({@code ModuleDescriptorTest}).
 */
class DefinitionsTest {

    /**
     * Each module's folder by module name, from the module directory where Maven runs the
     * tests.
     */
    private static final Map<String, Path> MODULES = Map.of("childcare", Path.of("src/main/resources/childcare"),
            "childcare-site", Path.of("../light-modules/childcare-site"));

    private static final Path BOOTSTRAP = Path.of("src/main/resources/mgnl-bootstrap");

    private static final Path MAIN_JAVA = Path.of("src/main/java");

    private static final String DESCRIPTOR = "/META-INF/magnolia/childcare.xml";

    private static final String MODULE_NODE_TYPES = "/mgnl-nodetypes/childcare-nodetypes.xml";

    /** Magnolia's base types, as the host registers them where Magnolia is absent. */
    private static final String MAGNOLIA_NODE_TYPES = "/org/opencity/childcare/embedded/magnolia-nodetypes.xml";

    /** The dialog field types the host supports (the CMS layer's design). */
    private static final Set<String> FIELD_TYPES = Set.of("textField", "richTextField", "checkBoxField",
            "comboBoxField", "dateField", "uploadField", "linkField");

    /**
     * The folders of a module that hold definitions; others hold content to import, whose
     * titles are texts, not keys.
     */
    private static final Set<String> DEFINITION_KINDS = Set.of("templates", "dialogs", "apps", "contentTypes",
            "restEndpoints", "decorations");

    /** Definition properties whose values are message keys. */
    private static final Set<String> TEXT_PROPERTIES = Set.of("title", "label", "description", "buttonLabel");

    /** Definition properties whose values name node types. */
    private static final Set<String> NODE_TYPE_PROPERTIES = Set.of("nodeType", "nodeTypes", "allowedNodeTypes",
            "childNodeTypes", "primaryNodeType", "jcr:primaryType");

    /** Content-app columns that show the node itself, not a stored property. */
    private static final Set<String> NODE_COLUMNS = Set.of("jcrName", "jcrPath", "jcrPublishingStatus");

    /** The Magnolia modules a kind of definition needs in the descriptor. */
    private static final Map<String, List<String>> NEEDED_MODULES = Map.of("templates",
            List.of("rendering", "templating"), "apps", List.of("ui-contentapp"), "contentTypes",
            List.of("content-types"), "restEndpoints", List.of("rest-integration", "rest-content-delivery"));

    /** {@code i18n['key']} or {@code i18n.get('key', …)}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("i18n(?:\\[\\s*'|\\.get\\(\\s*')([^']+)'");

    /** A string constant: {@code static final String NAME = "value";}. */
    private static final Pattern STRING_CONSTANT = Pattern
        .compile("final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]+)\"");

    /** A property written by name or by constant. */
    private static final Pattern WRITTEN_PROPERTY = Pattern
        .compile("(?:JcrProperties\\.set\\(\\s*[\\w.()]+\\s*,\\s*|\\.setProperty\\(\\s*)"
                + "(?:\"([^\"]+)\"|([A-Z][A-Z0-9_]*)\\b)");

    /** A node added with one of the module's node types. */
    private static final Pattern ADDED_NODE = Pattern.compile("addNode\\([^;]*?NodeTypes\\.([A-Z][A-Z0-9_]*)\\s*\\)");

    private static final List<Definition> moduleFiles = new ArrayList<>();

    private static final List<Definition> bootstraps = new ArrayList<>();

    @BeforeAll
    static void readDefinitions() throws IOException {
        MODULES.forEach((module, folder) -> assertThat(folder).as("folder of module %s", module).isDirectory());
        for (Map.Entry<String, Path> module : MODULES.entrySet()) {
            moduleFiles.addAll(read(module.getKey(), module.getValue()));
        }
        bootstraps.addAll(read("mgnl-bootstrap", BOOTSTRAP));
        assertThat(moduleFiles).as("definitions found").hasSizeGreaterThan(20);
    }

    @Test
    void everyDefinitionShouldBeReadableYaml() {
        List<String> problems = new ArrayList<>();
        for (Definition definition : all()) {
            if (definition.error() != null) {
                problems.add(definition.name() + ": not valid YAML: " + definition.error());
            }
            else if (!(definition.yaml() instanceof Map)) {
                problems.add(definition.name() + ": not a YAML map");
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void templatesShouldNameScriptsDialogsAndComponentsThatExist() {
        List<String> problems = new ArrayList<>();
        for (Definition template : ofKind("templates")) {
            Map<?, ?> yaml = template.map();
            if (!(yaml.get("templateScript") instanceof String script)) {
                problems.add(template.name() + ": no templateScript");
            }
            else {
                checkScript(template, "templateScript", script, problems);
            }
            if (yaml.get("dialog") instanceof String dialog) {
                checkId(template, "dialog", dialog, "dialogs", problems);
            }
            for (Map.Entry<?, ?> area : map(yaml.get("areas")).entrySet()) {
                Map<?, ?> areaDefinition = map(area.getValue());
                if (areaDefinition.get("templateScript") instanceof String script) {
                    checkScript(template, "area " + area.getKey() + " templateScript", script, problems);
                }
                for (Object component : map(areaDefinition.get("availableComponents")).values()) {
                    String id = String.valueOf(map(component).get("id"));
                    String reference = "area " + area.getKey() + " component " + id;
                    checkId(template, reference, id, "templates", problems);
                    if (isServiceView(id)) {
                        problems.add(template.name() + ": " + reference
                                + " is prepared by the service (serviceView): editors may not add it");
                    }
                }
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void contentToImportShouldUseTemplatesThatExist() {
        List<String> problems = new ArrayList<>();
        for (Definition content : all()) {
            if (!content.isDefinition()) {
                walk(content.yaml(), (property, value) -> {
                    if (property.equals("mgnl:template") && value instanceof String id) {
                        checkId(content, "mgnl:template " + id, id, "templates", problems);
                    }
                });
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void dialogsShouldUseOnlyTheFieldTypesTheHostSupports() {
        List<String> problems = new ArrayList<>();
        for (Definition dialog : ofKind("dialogs")) {
            Map<?, ?> form = map(dialog.map().get("form"));
            if (form.containsKey("tabs") || !(form.get("properties") instanceof Map<?, ?> fields)) {
                problems.add(dialog.name() + ": no form.properties (Magnolia 6 dialog syntax)");
                continue;
            }
            fields.forEach((name, field) -> {
                Object type = map(field).get("$type");
                if (!FIELD_TYPES.contains(String.valueOf(type))) {
                    problems.add(dialog.name() + ": field " + name + " has $type " + type + ", not one of "
                            + new TreeSet<>(FIELD_TYPES));
                }
            });
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void everyTextOfTheDefinitionsShouldExistInFrenchAndEnglish() throws IOException {
        Map<String, Properties> bundles = Map.of("French", bundles("fr"), "English", bundles("en"));
        List<String> problems = new ArrayList<>();
        for (Definition definition : definitions()) {
            walk(definition.yaml(), (property, value) -> {
                if (TEXT_PROPERTIES.contains(property) && value instanceof String key) {
                    checkKey(definition.name() + ": " + property + " " + key, key, bundles, problems);
                }
            });
        }
        // The light module's templates may use module keys: Magnolia merges bundles.
        Path site = MODULES.get("childcare-site");
        for (Path template : files(site.resolve("templates"), ".ftl")) {
            Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!key.startsWith("childcare-site.")) {
                    checkKey("childcare-site/" + site.relativize(template) + ": " + key, key, bundles, problems);
                }
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void descriptorShouldDeclareEveryWorkspaceTheDefinitionsUse() throws Exception {
        Set<String> declared = texts(xml(DESCRIPTOR), "workspace");
        List<String> problems = new ArrayList<>();
        for (Definition definition : definitions()) {
            walk(definition.yaml(), (property, value) -> {
                if (property.equals("workspace") && value instanceof String workspace && !workspace.equals("website")
                        && !declared.contains(workspace)) {
                    problems.add(definition.name() + ": workspace " + workspace + " is not declared in " + DESCRIPTOR);
                }
            });
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void descriptorShouldDependOnTheMagnoliaModulesTheDefinitionsNeed() throws Exception {
        Set<String> dependencies = texts(xml(DESCRIPTOR), "name");
        Map<String, String> needed = new LinkedHashMap<>();
        for (Definition definition : definitions()) {
            if (definition.module().equals("childcare")) {
                NEEDED_MODULES.getOrDefault(definition.kind(), List.of())
                    .forEach((module) -> needed.putIfAbsent(module, definition.name()));
            }
        }
        for (Definition bootstrap : bootstraps) {
            if (bootstrap.file().getFileName().toString().startsWith("config.modules.scheduler.")) {
                needed.putIfAbsent("scheduler", bootstrap.name());
            }
        }
        assertThat(needed).as("Magnolia modules the definitions need").isNotEmpty();
        List<String> problems = new ArrayList<>();
        needed.forEach((module, file) -> {
            if (!dependencies.contains(module)) {
                problems.add(DESCRIPTOR + ": no dependency on " + module + ", which " + file + " needs");
            }
        });

        assertThat(problems).isEmpty();
    }

    @Test
    void everyNodeTypeTheDefinitionsNameShouldBeDeclared() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (String file : List.of(MODULE_NODE_TYPES, MAGNOLIA_NODE_TYPES)) {
            NodeList types = xml(file).getElementsByTagName("nodeType");
            for (int i = 0; i < types.getLength(); i++) {
                declared.add(((Element) types.item(i)).getAttribute("name"));
            }
        }
        assertThat(declared).contains(NodeTypes.MEMBER, NodeTypes.FOLDER);
        List<String> problems = new ArrayList<>();
        for (Definition definition : all()) {
            walk(definition.yaml(), (property, value) -> {
                if (NODE_TYPE_PROPERTIES.contains(property)) {
                    for (String type : strings(value)) {
                        if (!declared.contains(type)) {
                            problems.add(definition.name() + ": node type " + type + " is declared neither in "
                                    + MODULE_NODE_TYPES + " nor among Magnolia's types");
                        }
                    }
                }
            });
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void everyPropertyAContentTypeDeclaresShouldBeOneTheModuleStores() throws IOException {
        Map<String, Set<String>> stored = storedProperties();
        List<String> problems = new ArrayList<>();
        for (Definition contentType : ofKind("contentTypes")) {
            Map<?, ?> model = map(contentType.map().get("model"));
            String type = String.valueOf(model.get("nodeType"));
            Set<String> written = stored.get(type);
            if (written == null) {
                problems.add(contentType.name() + ": no module class adds nodes of type " + type);
                continue;
            }
            for (Object property : list(model.get("properties"))) {
                Object name = map(property).get("name");
                if (!written.contains(String.valueOf(name))) {
                    problems.add(contentType.name() + ": property " + name + " of " + type
                            + " is not written by the module; it writes " + written);
                }
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void everyColumnOfAnAppShouldShowAPropertyTheModuleStores() throws IOException {
        Map<String, Set<String>> stored = storedProperties();
        List<String> problems = new ArrayList<>();
        for (Definition app : ofKind("apps")) {
            Set<String> written = new TreeSet<>();
            strings(map(app.map().get("datasource")).get("allowedNodeTypes"))
                .forEach((type) -> written.addAll(stored.getOrDefault(type, Set.of())));
            walk(app.yaml(), (property, value) -> {
                if (property.equals("columns")) {
                    for (Object column : list(value)) {
                        String name = String.valueOf(map(column).get("name"));
                        if (!NODE_COLUMNS.contains(name) && !name.startsWith("mgnl:") && !written.contains(name)) {
                            problems.add(app.name() + ": column " + name
                                    + " is not a property the module writes on the app's node types");
                        }
                    }
                }
            });
        }

        assertThat(problems).isEmpty();
    }

    private static void checkKey(String reference, String key, Map<String, Properties> bundles, List<String> problems) {
        bundles.forEach((language, bundle) -> {
            if (!bundle.containsKey(key)) {
                problems.add(reference + " is missing in " + language);
            }
        });
    }

    private static void checkScript(Definition definition, String reference, String script, List<String> problems) {
        Path file = resolve(script);
        if (file == null || !Files.isRegularFile(file)) {
            problems.add(definition.name() + ": " + reference + " " + script + " does not exist");
        }
    }

    /**
     * Checks that {@code id} ({@code module:path}) has a definition file under the
     * module's {@code folder}.
     */
    private static void checkId(Definition definition, String reference, String id, String folder,
            List<String> problems) {
        Path file = definitionFile(id, folder);
        if (file == null || !Files.isRegularFile(file)) {
            problems.add(definition.name() + ": " + reference + " has no definition "
                    + ((file != null) ? file : "(unknown module or no module prefix)"));
        }
    }

    private static @Nullable Path definitionFile(String id, String folder) {
        int colon = id.indexOf(':');
        Path module = (colon > 0) ? MODULES.get(id.substring(0, colon)) : null;
        return (module != null) ? module.resolve(folder).resolve(id.substring(colon + 1) + ".yaml") : null;
    }

    /** A script path such as {@code /childcare/templates/components/x.ftl} on disk. */
    private static @Nullable Path resolve(String script) {
        String[] parts = script.split("/", 3);
        if (parts.length < 3 || !parts[0].isEmpty() || !MODULES.containsKey(parts[1])) {
            return null;
        }
        return MODULES.get(parts[1]).resolve(parts[2]);
    }

    private static boolean isServiceView(String id) {
        Path file = definitionFile(id, "templates");
        return moduleFiles.stream()
            .filter((definition) -> definition.file().equals(file))
            .anyMatch((definition) -> Boolean.TRUE.equals(map(definition.map().get("parameters")).get("serviceView")));
    }

    /**
     * The properties the module writes, by the node type of the nodes it adds: a class
     * that adds nodes of a type is taken to write every property it sets.
     */
    private static Map<String, Set<String>> storedProperties() throws IOException {
        Map<String, String> nodeTypes = constants(NodeTypes.class);
        Map<String, Set<String>> stored = new HashMap<>();
        for (Path source : files(MAIN_JAVA, ".java")) {
            String code = Files.readString(source, StandardCharsets.UTF_8);
            Map<String, String> constants = new HashMap<>();
            Matcher constant = STRING_CONSTANT.matcher(code);
            while (constant.find()) {
                constants.put(constant.group(1), constant.group(2));
            }
            Set<String> written = new TreeSet<>();
            Matcher property = WRITTEN_PROPERTY.matcher(code);
            while (property.find()) {
                String name = (property.group(1) != null) ? property.group(1) : constants.get(property.group(2));
                if (name != null) {
                    written.add(name);
                }
            }
            Matcher added = ADDED_NODE.matcher(code);
            while (added.find()) {
                String type = nodeTypes.get(added.group(1));
                if (type != null) {
                    stored.computeIfAbsent(type, (key) -> new TreeSet<>()).addAll(written);
                }
            }
        }
        assertThat(stored).as("properties the module writes").containsKeys(NodeTypes.MEMBER, NodeTypes.AD);
        return stored;
    }

    private static Map<String, String> constants(Class<?> type) {
        Map<String, String> constants = new HashMap<>();
        for (Field field : type.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && field.getType() == String.class) {
                try {
                    constants.put(field.getName(), (String) field.get(null));
                }
                catch (IllegalAccessException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
        return constants;
    }

    /** The French or English texts of every bundle, module and light module together. */
    private static Properties bundles(String language) throws IOException {
        Properties texts = new Properties();
        for (Path folder : MODULES.values()) {
            for (Path file : files(folder.resolve("i18n"), "_" + language + ".properties")) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    texts.load(reader);
                }
            }
        }
        assertThat(texts).as("%s texts", language).isNotEmpty();
        return texts;
    }

    private static List<Definition> read(String module, Path folder) throws IOException {
        List<Definition> found = new ArrayList<>();
        for (Path file : files(folder, ".yaml")) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
                found.add(new Definition(module, folder, file, yaml, null));
            }
            catch (RuntimeException ex) {
                found.add(new Definition(module, folder, file, null, ex.getMessage()));
            }
        }
        return found;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter((file) -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The definitions of both modules, without content to import. */
    private static List<Definition> definitions() {
        return moduleFiles.stream().filter(Definition::isDefinition).toList();
    }

    /** Every YAML file: definitions, content to import, bootstrap files. */
    private static List<Definition> all() {
        return Stream.concat(moduleFiles.stream(), bootstraps.stream()).toList();
    }

    /** The readable definitions of one kind ({@code templates}, {@code dialogs}…). */
    private static List<Definition> ofKind(String kind) {
        return moduleFiles.stream()
            .filter((definition) -> definition.kind().equals(kind) && definition.yaml() instanceof Map)
            .toList();
    }

    /** Calls {@code visitor} with every property of the YAML tree and its value. */
    private static void walk(@Nullable Object node, BiConsumer<String, @Nullable Object> visitor) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                visitor.accept(String.valueOf(key), value);
                walk(value, visitor);
            });
        }
        else if (node instanceof List<?> items) {
            items.forEach((item) -> walk(item, visitor));
        }
    }

    private static Map<?, ?> map(@Nullable Object value) {
        return (value instanceof Map<?, ?> map) ? map : Map.of();
    }

    private static List<?> list(@Nullable Object value) {
        return (value instanceof List<?> items) ? items : List.of();
    }

    /** A name, a list of names or a map whose values are names. */
    private static List<String> strings(@Nullable Object value) {
        if (value instanceof String text) {
            return List.of(text);
        }
        Iterable<?> items = (value instanceof Map<?, ?> map) ? map.values() : list(value);
        List<String> names = new ArrayList<>();
        items.forEach((item) -> names.addAll(strings(item)));
        return names;
    }

    private static Document xml(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // module.dtd is Magnolia's; it is neither present nor needed here.
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        try (InputStream in = DefinitionsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return builder.parse(in);
        }
    }

    private static Set<String> texts(Document document, String element) {
        Set<String> texts = new TreeSet<>();
        NodeList nodes = document.getElementsByTagName(element);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }

    /**
     * One YAML file of a module.
     *
     * @param module the module's name, or {@code mgnl-bootstrap}
     * @param folder the module's folder
     * @param yaml what the file holds; null if it is not valid YAML
     * @param error why the file is not valid YAML
     */
    private record Definition(String module, Path folder, Path file, @Nullable Object yaml, @Nullable String error) {

        /** The file as Magnolia names resources: {@code childcare/apps/ads.yaml}. */
        String name() {
            return this.module + "/" + this.folder.relativize(this.file).toString().replace('\\', '/');
        }

        /** The first folder below the module: {@code templates}, {@code dialogs}… */
        String kind() {
            Path relative = this.folder.relativize(this.file);
            return (relative.getNameCount() > 1) ? relative.getName(0).toString() : "";
        }

        boolean isDefinition() {
            return DEFINITION_KINDS.contains(kind());
        }

        Map<?, ?> map() {
            return DefinitionsTest.map(this.yaml);
        }

    }

}
