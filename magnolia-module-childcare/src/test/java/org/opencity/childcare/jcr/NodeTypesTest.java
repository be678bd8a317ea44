package org.opencity.childcare.jcr;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeType;
import javax.jcr.nodetype.NodeTypeManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencity.childcare.testing.JcrTestRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@code mgnl-nodetypes/childcare-nodetypes.xml} registers every type named in
 * {@link NodeTypes} as Magnolia content, in a real repository.
 */
class NodeTypesTest {

    @RegisterExtension
    static JcrTestRepository repo = new JcrTestRepository();

    @BeforeEach
    void clean() throws Exception {
        repo.clean();
    }

    @Test
    void nodeTypeFileShouldRegisterTheModuleNamespace() throws Exception {
        Session session = repo.login();
        try {
            assertThat(session.getNamespaceURI(NodeTypes.NAMESPACE_PREFIX)).isEqualTo(NodeTypes.NAMESPACE_URI);
        }
        finally {
            session.logout();
        }
    }

    @Test
    void nodeTypeFileShouldRegisterEveryModuleTypeAsMagnoliaContent() throws Exception {
        Session session = repo.login();
        try {
            NodeTypeManager types = session.getWorkspace().getNodeTypeManager();
            for (String name : moduleTypes()) {
                assertThat(types.hasNodeType(name)).as("%s is registered", name).isTrue();
                NodeType type = types.getNodeType(name);
                assertThat(type.isMixin()).as("%s is a primary type", name).isFalse();
                assertThat(type.isNodeType("mgnl:content")).as("%s is mgnl:content", name).isTrue();
                assertThat(type.hasOrderableChildNodes()).as("%s orders children", name).isTrue();
            }
        }
        finally {
            session.logout();
        }
    }

    @Test
    void everyModuleTypeShouldBeStorableInAFolderOfTheChildcareWorkspace() throws Exception {
        Session writer = repo.login();
        try {
            Node folder = writer.getRootNode().addNode("records", NodeTypes.FOLDER);
            for (String type : moduleTypes()) {
                Node node = folder.addNode(localName(type), type);
                node.setProperty("status", "OPEN");
                node.setProperty("tags", new String[] { "a", "b" });
                node.addNode("details", NodeTypes.CONTENT_NODE).setProperty("note", "kept");
            }
            writer.save();
        }
        finally {
            writer.logout();
        }

        Session reader = repo.login();
        try {
            for (String type : moduleTypes()) {
                Node node = reader.getNode("/records/" + localName(type));
                assertThat(node.getPrimaryNodeType().getName()).isEqualTo(type);
                assertThat(node.getProperty("status").getString()).isEqualTo("OPEN");
                assertThat(node.getProperty("details/note").getString()).isEqualTo("kept");
                assertThat(node.getIdentifier()).isNotBlank();
            }
        }
        finally {
            reader.logout();
        }
    }

    @Test
    void restartShouldKeepTheTypesAndTheNodesStoredWithThem() throws Exception {
        Session writer = repo.login();
        try {
            writer.getNode("/members").addNode("member-1", NodeTypes.MEMBER).setProperty("kind", "FAMILY");
            writer.save();
        }
        finally {
            writer.logout();
        }

        repo.restart();

        Session reader = repo.sessionFactory().open();
        try {
            Node member = reader.getNode("/members/member-1");
            assertThat(member.isNodeType(NodeTypes.MEMBER)).isTrue();
            assertThat(member.getProperty("kind").getString()).isEqualTo("FAMILY");
        }
        finally {
            reader.logout();
        }
    }

    private static List<String> moduleTypes() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : NodeTypes.class.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                String value = (String) field.get(null);
                if (value.startsWith(NodeTypes.NAMESPACE_PREFIX + ":")) {
                    names.add(value);
                }
            }
        }
        assertThat(names).as("module node type constants").isNotEmpty();
        return names;
    }

    private static String localName(String type) {
        return type.substring(type.indexOf(':') + 1);
    }

}
