package org.opencity.childcare.jcr;

import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@code META-INF/magnolia/childcare.xml}, as built, is a descriptor Magnolia
 * would load: elements in the order of Magnolia's {@code module.dtd}, every workspace the
 * module uses, a node type file that ships with the module.
 */
class ModuleDescriptorTest {

    private static final String DESCRIPTOR = "/META-INF/magnolia/childcare.xml";

    /**
     * Children of {@code <module>} in the order module.dtd requires; only components
     * repeat.
     */
    private static final List<String> DTD_ORDER = List.of("name", "displayName", "description", "class",
            "versionHandler", "version", "properties", "components", "dependencies", "servlets", "repositories");

    private static final Set<String> REPEATABLE = Set.of("components");

    private static Element module;

    @BeforeAll
    static void parseDescriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // module.dtd is resolved by Magnolia itself; here it is neither present nor
        // needed.
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        try (InputStream in = ModuleDescriptorTest.class.getResourceAsStream(DESCRIPTOR)) {
            assertThat(in).as(DESCRIPTOR + " on the classpath").isNotNull();
            Document document = builder.parse(in);
            module = document.getDocumentElement();
        }
    }

    @Test
    void descriptorShouldListItsElementsInTheOrderOfModuleDtd() {
        List<String> names = childNames(module);

        assertThat(names).startsWith("name").contains("version");
        assertThat(names).allSatisfy((name) -> assertThat(DTD_ORDER).contains(name));
        for (int i = 1; i < names.size(); i++) {
            String previous = names.get(i - 1);
            String current = names.get(i);
            boolean repeated = previous.equals(current) && REPEATABLE.contains(current);
            assertThat(DTD_ORDER.indexOf(current) > DTD_ORDER.indexOf(previous) || repeated)
                .as("<%s> may not follow <%s> in %s", current, previous, names)
                .isTrue();
        }
    }

    @Test
    void descriptorShouldNameTheModuleAndCarryTheBuiltVersion() {
        assertThat(text(module, "name")).isEqualTo("childcare");
        assertThat(text(module, "version")).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void descriptorShouldDependOnMagnoliaCore() {
        List<Element> dependencies = descendants(module, "dependency");

        assertThat(dependencies).anySatisfy((dependency) -> {
            assertThat(text(dependency, "name")).isEqualTo("core");
            assertThat(text(dependency, "version")).isEqualTo("6.2/*");
        });
    }

    @Test
    void descriptorShouldDeclareEveryWorkspaceTheModuleUses() throws Exception {
        List<String> declared = descendants(module, "workspace").stream()
            .map(Element::getTextContent)
            .map(String::trim)
            .toList();

        assertThat(declared).containsAll(workspaceConstants());
    }

    @Test
    void descriptorShouldNameANodeTypeFileThatShipsWithTheModule() {
        List<Element> files = descendants(module, "nodeTypeFile");

        assertThat(files).hasSize(1);
        String path = files.get(0).getTextContent().trim();
        assertThat(path).startsWith("/");
        assertThat(ModuleDescriptorTest.class.getResource(path)).as(path + " on the classpath").isNotNull();
    }

    private static List<String> workspaceConstants() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : Workspaces.class.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        assertThat(names).as("workspace constants").isNotEmpty();
        return names;
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                names.add(children.item(i).getNodeName());
            }
        }
        return names;
    }

    private static String text(Element parent, String childName) {
        List<Element> matches = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals(childName)) {
                matches.add(child);
            }
        }
        assertThat(matches).as("<%s> in <%s>", childName, parent.getTagName()).hasSize(1);
        return matches.get(0).getTextContent().trim();
    }

    private static List<Element> descendants(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        Element[] elements = new Element[nodes.getLength()];
        for (int i = 0; i < nodes.getLength(); i++) {
            elements[i] = (Element) nodes.item(i);
        }
        return Arrays.asList(elements);
    }

}
