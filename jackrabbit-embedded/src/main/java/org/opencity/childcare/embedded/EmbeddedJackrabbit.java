package org.opencity.childcare.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;

import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;

import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.apache.jackrabbit.core.config.RepositoryConfigurationParser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;

/**
 * An embedded Jackrabbit 2 repository with Derby persistence in a local data folder,
 * started with Magnolia's base node types registered, for hosts and tests that run
 * without Magnolia.
 *
 * <p>
 * Everything is kept below {@code <data folder>/repository}: its {@code repository.xml},
 * written from our default on the first start and left alone afterwards so that an
 * operator may tune it, the Derby databases, the binaries and the search indexes. The
 * repository is never exposed: callers log in as its administrator.
 */
public final class EmbeddedJackrabbit implements AutoCloseable {

    /**
     * The configuration variable that is true when the previous run did not shut down
     * properly (a crash, a SIGKILL): the persistence managers then check every stored
     * node at start and repair what they can. Jackrabbit saves a new node and its
     * parent's list of children together, yet after a kill during concurrent saves a node
     * has been found whose parent no longer listed it: an acknowledged application the
     * inbox never showed.
     */
    public static final String RECOVER_VARIABLE = "childcare.recover";

    /** The file Jackrabbit holds while the repository runs; left behind by a crash. */
    static final String LOCK_FILE = ".lock";

    /**
     * Magnolia's base node types ({@code mgnl:content}, {@code mgnl:folder}...),
     * registered on start.
     */
    public static final URL MAGNOLIA_NODE_TYPES = resource("magnolia-nodetypes.xml");

    private static final String CONFIGURATION_FILE = "repository.xml";

    private static final URL DEFAULT_CONFIGURATION = resource(CONFIGURATION_FILE);

    private static final String DERBY_LOG_PROPERTY = "derby.stream.error.file";

    private static final Logger logger = LoggerFactory.getLogger(EmbeddedJackrabbit.class);

    private final Path home;

    private final RepositoryImpl repository;

    private final boolean recovered;

    private final NodeTypeInstaller nodeTypes = new NodeTypeInstaller();

    private volatile boolean closed;

    private EmbeddedJackrabbit(Path home, RepositoryImpl repository, boolean recovered) {
        this.home = home;
        this.repository = repository;
        this.recovered = recovered;
    }

    /**
     * Whether this start followed an unclean stop, and so checked and repaired the stored
     * nodes.
     */
    public boolean recoveredFromUncleanStop() {
        return this.recovered;
    }

    /**
     * Starts the repository kept in {@code dataDir/repository}, creating it on the first
     * start, and registers Magnolia's base node types if they are missing.
     * @param dataDir the data folder; created if absent
     * @return the running repository, to be closed by the caller
     * @throws RepositoryException if the configuration cannot be written or read, or the
     * repository does not start (for example because another process holds the folder)
     */
    public static EmbeddedJackrabbit start(Path dataDir) throws RepositoryException {
        long startedAt = System.nanoTime();
        Path home = dataDir.toAbsolutePath().resolve("repository");
        writeDefaultConfigurationIfAbsent(home);
        keepDerbyLogInside(home);
        boolean unclean = Files.exists(home.resolve(LOCK_FILE));
        if (unclean) {
            logger.warn("The repository in '{}' was not shut down properly: checking every stored node "
                    + "and re-attaching any whose parent lost track of it", home);
        }
        RepositoryImpl repository = RepositoryImpl.create(configuration(home, unclean));
        EmbeddedJackrabbit embedded = new EmbeddedJackrabbit(home, repository, unclean);
        try {
            embedded.installNodeTypes(MAGNOLIA_NODE_TYPES);
        }
        catch (RepositoryException | RuntimeException ex) {
            embedded.close();
            throw ex;
        }
        long elapsedMs = (System.nanoTime() - startedAt) / 1_000_000;
        logger.info("Repository started in '{}' in {} ms", home, elapsedMs);
        return embedded;
    }

    /**
     * The repository's configuration as written in {@code home}, with the persistence
     * managers' check and repair of stored nodes turned on when {@code recover}.
     */
    static RepositoryConfig configuration(Path home, boolean recover) throws RepositoryException {
        Properties variables = new Properties(System.getProperties());
        variables.setProperty(RepositoryConfigurationParser.REPOSITORY_HOME_VARIABLE, home.toString());
        variables.setProperty(RECOVER_VARIABLE, Boolean.toString(recover));
        return RepositoryConfig.create(new InputSource(home.resolve(CONFIGURATION_FILE).toUri().toString()), variables);
    }

    /**
     * Opens an administrator session on a workspace.
     * @param workspace the workspace name; it must exist (see {@link #ensureWorkspace})
     * @return a new session, to be logged out by the caller
     * @throws RepositoryException if the workspace does not exist or the login fails
     */
    public Session login(String workspace) throws RepositoryException {
        return adminLogin(workspace);
    }

    /**
     * Creates a workspace unless it already exists.
     * @param name the workspace name
     * @throws RepositoryException if the workspace cannot be created
     */
    public synchronized void ensureWorkspace(String name) throws RepositoryException {
        Session session = adminLogin(null);
        try {
            String[] existing = session.getWorkspace().getAccessibleWorkspaceNames();
            if (Arrays.asList(existing).contains(name)) {
                return;
            }
            session.getWorkspace().createWorkspace(name);
            logger.info("Created workspace '{}' in '{}'", name, this.home);
        }
        finally {
            session.logout();
        }
    }

    /**
     * Registers the namespaces and the node types declared in a Jackrabbit XML node type
     * file, leaving alone those already registered, so calling it on every start is safe.
     * @param xmlFile the node type file
     * @throws RepositoryException if the file cannot be read or a definition is invalid
     * or conflicts with the registered namespaces
     */
    public synchronized void installNodeTypes(URL xmlFile) throws RepositoryException {
        Session session = adminLogin(null);
        try (InputStream in = xmlFile.openStream()) {
            this.nodeTypes.install(session, in, xmlFile.toString());
        }
        catch (IOException ex) {
            throw new RepositoryException("Cannot read node types from '" + xmlFile + "'", ex);
        }
        finally {
            session.logout();
        }
    }

    /**
     * The running repository, for callers that log in with their own credentials.
     * @return the repository
     */
    public Repository repository() {
        return this.repository;
    }

    /**
     * Shuts the repository down, flushing the search indexes and closing the databases.
     */
    @Override
    public synchronized void close() {
        if (this.closed) {
            return;
        }
        this.closed = true;
        this.repository.shutdown();
        logger.info("Repository in '{}' shut down", this.home);
    }

    private Session adminLogin(@Nullable String workspace) throws RepositoryException {
        if (this.closed) {
            throw new RepositoryException("Repository in '" + this.home + "' is shut down");
        }
        // Embedded and never exposed: only the host's own code logs in, as administrator.
        SimpleCredentials admin = new SimpleCredentials("admin", "admin".toCharArray());
        return this.repository.login(admin, workspace);
    }

    private static Path writeDefaultConfigurationIfAbsent(Path home) throws RepositoryException {
        Path configuration = home.resolve(CONFIGURATION_FILE);
        if (Files.exists(configuration)) {
            return configuration;
        }
        try (InputStream in = DEFAULT_CONFIGURATION.openStream()) {
            Files.createDirectories(home);
            Files.copy(in, configuration);
            logger.info("Wrote default repository configuration to '{}'", configuration);
            return configuration;
        }
        catch (IOException ex) {
            String problem = "Cannot write the repository configuration '%s'";
            throw new RepositoryException(problem.formatted(configuration), ex);
        }
    }

    /**
     * Derby writes its log to the working directory unless told otherwise; an operator's
     * own setting wins. Derby reads it once per JVM, so the first repository started
     * decides.
     */
    private static void keepDerbyLogInside(Path home) {
        if (System.getProperty(DERBY_LOG_PROPERTY) == null) {
            System.setProperty(DERBY_LOG_PROPERTY, home.resolve("derby.log").toString());
        }
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(EmbeddedJackrabbit.class.getResource(name),
                () -> "Missing resource " + name + " next to " + EmbeddedJackrabbit.class);
    }

}
