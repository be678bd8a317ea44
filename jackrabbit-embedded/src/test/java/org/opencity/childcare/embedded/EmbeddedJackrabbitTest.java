package org.opencity.childcare.embedded;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.jcr.ItemExistsException;
import javax.jcr.NamespaceException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.ConstraintViolationException;
import javax.jcr.nodetype.NodeTypeManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EmbeddedJackrabbit} on real Derby databases in temporary folders.
 */
class EmbeddedJackrabbitTest {

    private static final URL SAMPLE_NODE_TYPES = EmbeddedJackrabbitTest.class.getResource("sample-nodetypes.xml");

    private static final URL CHANGED_SAMPLE_NODE_TYPES = EmbeddedJackrabbitTest.class
        .getResource("sample-nodetypes-changed.xml");

    private static final URL CONFLICTING_NODE_TYPES = EmbeddedJackrabbitTest.class
        .getResource("conflicting-nodetypes.xml");

    @TempDir
    Path dataDir;

    @Test
    void startWhenDataFolderIsEmptyShouldRegisterMagnoliaNodeTypes() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            Session session = jackrabbit.login("default");
            try {
                NodeTypeManager types = session.getWorkspace().getNodeTypeManager();
                assertThat(session.getNamespaceURI("mgnl")).isEqualTo("http://www.magnolia.info/jcr/mgnl");
                assertThat(types.getNodeType("mgnl:page").isNodeType("mgnl:content")).isTrue();
                assertThat(types.getNodeType("mgnl:content").isNodeType("mix:referenceable")).isTrue();
                assertThat(types.getNodeType("mgnl:area").isNodeType("mgnl:contentNode")).isTrue();
                assertThat(types.getNodeType("mgnl:component").isNodeType("mgnl:renderable")).isTrue();
                assertThat(types.getNodeType("mgnl:folder").isNodeType("nt:folder")).isTrue();
                assertThat(types.getNodeType("mgnl:resource").isNodeType("nt:resource")).isTrue();
                assertThat(types.getNodeType("mgnl:deleted").isMixin()).isTrue();
                for (String type : new String[] { "mgnl:user", "mgnl:role", "mgnl:group" }) {
                    assertThat(types.getNodeType(type).isNodeType("mgnl:content")).as(type).isTrue();
                }
            }
            finally {
                session.logout();
            }
        }
    }

    @Test
    void startWhenDataFolderIsEmptyShouldWriteConfigurationWithSelfRepairingIndex() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            Path configuration = this.dataDir.resolve("repository/repository.xml");
            assertThat(configuration).content()
                .contains("DerbyPersistenceManager")
                .contains("<param name=\"enableConsistencyCheck\" value=\"true\"/>")
                .contains("<param name=\"autoRepair\" value=\"true\"/>");
            assertThat(this.dataDir.resolve("repository/workspaces/default/db")).isDirectory();
        }
    }

    @Test
    void startWhenOperatorEditedConfigurationShouldKeepTheirCopy() throws Exception {
        EmbeddedJackrabbit.start(this.dataDir).close();
        Path configuration = this.dataDir.resolve("repository/repository.xml");
        Files.writeString(configuration, Files.readString(configuration) + "<!-- tuned by the operator -->\n");

        EmbeddedJackrabbit.start(this.dataDir).close();

        assertThat(configuration).content().contains("tuned by the operator");
    }

    @Test
    void startAfterCloseShouldKeepSavedNodes() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            Session session = jackrabbit.login("default");
            Node folder = session.getRootNode().addNode("ads", "mgnl:folder");
            folder.addNode("ad-1", "mgnl:content").setProperty("title", "Garde partagée");
            session.save();
            session.logout();
        }

        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            Session session = jackrabbit.login("default");
            assertThat(session.getNode("/ads/ad-1").getProperty("title").getString()).isEqualTo("Garde partagée");
            session.logout();
        }
    }

    @Test
    void startWhenNodeTypesAreAlreadyRegisteredShouldKeepThem() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            jackrabbit.installNodeTypes(SAMPLE_NODE_TYPES);
        }

        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            jackrabbit.installNodeTypes(SAMPLE_NODE_TYPES);
            Session session = jackrabbit.login("default");
            NodeTypeManager types = session.getWorkspace().getNodeTypeManager();
            assertThat(types.getNodeType("sample:listing").isNodeType("mgnl:content")).isTrue();
            assertThat(types.getNodeType("mgnl:page").isNodeType("mgnl:content")).isTrue();
            session.logout();
        }
    }

    @Test
    void installNodeTypesWhenADefinitionChangedShouldKeepTheRegisteredOne() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            jackrabbit.installNodeTypes(SAMPLE_NODE_TYPES);

            jackrabbit.installNodeTypes(CHANGED_SAMPLE_NODE_TYPES);

            Session session = jackrabbit.login("default");
            NodeTypeManager types = session.getWorkspace().getNodeTypeManager();
            assertThat(types.getNodeType("sample:listing").hasOrderableChildNodes()).isTrue();
            session.logout();
        }
    }

    @Test
    void installNodeTypesShouldRegisterTheNamespaceOfTheFile() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            jackrabbit.installNodeTypes(SAMPLE_NODE_TYPES);

            Session session = jackrabbit.login("default");
            assertThat(session.getNamespaceURI("sample")).isEqualTo("https://example.org/sample/1.0");
            Node listing = session.getRootNode().addNode("listing", "sample:listing");
            listing.setProperty("mgnl:template", "sample:pages/listing");
            session.save();
            assertThat(listing.isNodeType("mgnl:renderable")).isTrue();
            session.logout();
        }
    }

    @Test
    void installNodeTypesWhenPrefixMeansAnotherNamespaceShouldFailNamingIt() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            assertThatExceptionOfType(NamespaceException.class)
                .isThrownBy(() -> jackrabbit.installNodeTypes(CONFLICTING_NODE_TYPES))
                .withMessageContaining("'mgnl'")
                .withMessageContaining("conflicting-nodetypes.xml");
        }
    }

    @Test
    void ensureWorkspaceShouldCreateAWorkspaceThatSurvivesRestart() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            jackrabbit.ensureWorkspace("childcare");
            jackrabbit.ensureWorkspace("childcare");
            Session session = jackrabbit.login("childcare");
            session.getRootNode().addNode("members", "mgnl:folder");
            session.save();
            session.logout();
        }

        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            jackrabbit.ensureWorkspace("childcare");
            Session session = jackrabbit.login("childcare");
            assertThat(session.nodeExists("/members")).isTrue();
            session.logout();
        }
    }

    @Test
    void startWhenAnotherRepositoryUsesTheFolderShouldFail() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            assertThatExceptionOfType(RepositoryException.class)
                .isThrownBy(() -> EmbeddedJackrabbit.start(this.dataDir))
                .withMessageContaining("in use");
        }
    }

    @Test
    void closeShouldRefuseFurtherLogins() throws Exception {
        EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir);
        jackrabbit.close();
        jackrabbit.close();

        assertThatExceptionOfType(RepositoryException.class).isThrownBy(() -> jackrabbit.login("default"))
            .withMessageContaining("shut down");
    }

    @Test
    void magnoliaFolderShouldHoldContentFoldersAndFiles() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            Session session = jackrabbit.login("default");
            Node folder = session.getRootNode().addNode("members", "mgnl:folder");
            folder.setProperty("description", "all members");
            folder.addNode("2026", "mgnl:folder");
            folder.addNode("member-1", "mgnl:content");
            Node file = folder.addNode("document.pdf", "nt:file");
            Node content = file.addNode("jcr:content", "mgnl:resource");
            content.setProperty("jcr:data",
                    session.getValueFactory().createBinary(new java.io.ByteArrayInputStream(new byte[] { 1 })));
            content.setProperty("jcr:mimeType", "application/pdf");
            session.save();

            assertThat(session.getNode("/members").getNodes().getSize()).isEqualTo(3);
            session.logout();
        }
    }

    @Test
    void magnoliaContentShouldRefuseASecondChildWithTheSameName() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            Session session = jackrabbit.login("default");
            Node member = session.getRootNode().addNode("member", "mgnl:content");
            member.addNode("address", "mgnl:contentNode");

            assertThatExceptionOfType(ItemExistsException.class)
                .isThrownBy(() -> member.addNode("address", "mgnl:contentNode"));
            session.logout();
        }
    }

    @Test
    void magnoliaContentShouldRequireTheTypeOfNewChildren() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            Session session = jackrabbit.login("default");
            Node member = session.getRootNode().addNode("member", "mgnl:content");

            assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> member.addNode("address"));
            session.logout();
        }
    }

}
