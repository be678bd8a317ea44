package org.opencity.childcare.testing;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opencity.childcare.embedded.EmbeddedJackrabbit;
import org.opencity.childcare.jcr.SessionFactory;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.WorkspaceLayout;
import org.opencity.childcare.jcr.Workspaces;

/**
 * A real embedded Jackrabbit repository for integration tests, with Magnolia's base
 * types, the module's node types and the {@code childcare} workspace, started once for a
 * test class in a fresh temporary folder and deleted after it.
 *
 * <p>
 * Register it in a static field so that it lives for the whole class, and call
 * {@link #clean()} before each test that needs an empty workspace:
 * {@code @RegisterExtension static JcrTestRepository repo = new JcrTestRepository();}
 */
public final class JcrTestRepository implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** The module's node type file, as named in its module descriptor. */
    public static final String NODE_TYPES = "/mgnl-nodetypes/childcare-nodetypes.xml";

    private @Nullable Path dataDir;

    private @Nullable EmbeddedJackrabbit jackrabbit;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        this.dataDir = Files.createTempDirectory("childcare-jcr-");
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (this.jackrabbit == null) {
            throw new IllegalStateException("JcrTestRepository did not start: register it in a static field");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            stop();
        }
        finally {
            if (this.dataDir != null) {
                deleteRecursively(this.dataDir);
                this.dataDir = null;
            }
        }
    }

    /**
     * Sessions on the childcare workspace, as the module's repositories expect them. The
     * factory keeps working across {@link #restart()}.
     * @return a session factory
     */
    public SessionFactory sessionFactory() {
        return this::login;
    }

    /**
     * Opens a session on the childcare workspace.
     * @return a new session, to be logged out by the caller
     * @throws RepositoryException if the login fails
     */
    public Session login() throws RepositoryException {
        return running().login(Workspaces.CHILDCARE);
    }

    /**
     * Shuts the repository down cleanly and starts it again on the same folder, as a host
     * restart would.
     * @throws RepositoryException if the repository does not start again
     */
    public void restart() throws RepositoryException {
        stop();
        start();
    }

    /**
     * Removes every node below the root of the childcare workspace, leaving the
     * registered types, then lays out the module's top-level folders again as the host
     * does on start.
     * @throws RepositoryException if the nodes cannot be removed
     */
    public void clean() throws RepositoryException {
        Session session = login();
        try {
            List<Node> children = new ArrayList<>();
            for (NodeIterator nodes = session.getRootNode().getNodes(); nodes.hasNext();) {
                children.add(nodes.nextNode());
            }
            for (Node child : children) {
                if (!isRepositoryOwn(child)) {
                    child.remove();
                }
            }
            session.save();
        }
        finally {
            session.logout();
        }
        WorkspaceLayout.ensure(new JcrTemplate(sessionFactory()));
    }

    private static boolean isRepositoryOwn(Node child) throws RepositoryException {
        return "jcr:system".equals(child.getName()) || child.getDefinition().isProtected();
    }

    private void start() throws RepositoryException {
        Path folder = Objects.requireNonNull(this.dataDir, "No data folder: not started");
        EmbeddedJackrabbit started = EmbeddedJackrabbit.start(folder);
        try {
            started.installNodeTypes(nodeTypeFile());
            started.ensureWorkspace(Workspaces.CHILDCARE);
            WorkspaceLayout.ensure(new JcrTemplate(() -> started.login(Workspaces.CHILDCARE)));
        }
        catch (RepositoryException | RuntimeException ex) {
            started.close();
            throw ex;
        }
        this.jackrabbit = started;
    }

    private void stop() {
        if (this.jackrabbit != null) {
            this.jackrabbit.close();
            this.jackrabbit = null;
        }
    }

    private EmbeddedJackrabbit running() throws RepositoryException {
        EmbeddedJackrabbit running = this.jackrabbit;
        if (running == null) {
            throw new RepositoryException("The test repository is not running");
        }
        return running;
    }

    private static URL nodeTypeFile() {
        return Objects.requireNonNull(JcrTestRepository.class.getResource(NODE_TYPES),
                () -> NODE_TYPES + " is not on the classpath");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.delete(path);
            }
        }
    }

}
