package org.opencity.childcare.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import javax.jcr.NamespaceException;
import javax.jcr.NamespaceRegistry;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Workspace;

import org.apache.jackrabbit.core.nodetype.InvalidNodeTypeDefException;
import org.apache.jackrabbit.core.nodetype.NodeTypeManagerImpl;
import org.apache.jackrabbit.core.nodetype.NodeTypeRegistry;
import org.apache.jackrabbit.core.nodetype.xml.NodeTypeReader;
import org.apache.jackrabbit.spi.Name;
import org.apache.jackrabbit.spi.QNodeTypeDefinition;
import org.apache.jackrabbit.spi.commons.conversion.NameException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the namespaces and node types of a Jackrabbit XML node type file that the
 * repository does not know yet. Types already registered are kept as they are: Jackrabbit
 * can change a registered type only in trivial ways, so a changed definition is reported,
 * not applied.
 */
final class NodeTypeInstaller {

    private static final Logger logger = LoggerFactory.getLogger(NodeTypeInstaller.class);

    void install(Session session, InputStream xml, String source) throws RepositoryException, IOException {
        NodeTypeReader reader = new NodeTypeReader(xml);
        Workspace workspace = session.getWorkspace();
        registerNamespaces(workspace.getNamespaceRegistry(), reader.getNamespaces(), source);
        NodeTypeRegistry registry = ((NodeTypeManagerImpl) workspace.getNodeTypeManager()).getNodeTypeRegistry();

        List<QNodeTypeDefinition> missing = new ArrayList<>();
        for (QNodeTypeDefinition definition : readDefinitions(reader, source)) {
            Name name = definition.getName();
            if (!registry.isRegistered(name)) {
                missing.add(definition);
            }
            else if (!definition.equals(registry.getNodeTypeDef(name))) {
                logger.warn("Node type '{}' in '{}' differs from the registered one, which stays in use", name, source);
            }
        }
        if (!missing.isEmpty()) {
            register(registry, missing, source);
        }
    }

    private static void register(NodeTypeRegistry registry, List<QNodeTypeDefinition> definitions, String source)
            throws RepositoryException {
        try {
            registry.registerNodeTypes(definitions);
        }
        catch (InvalidNodeTypeDefException ex) {
            throw new RepositoryException("Invalid node types in '" + source + "'", ex);
        }
        logger.info("Registered {} node types from '{}'", definitions.size(), source);
    }

    private static QNodeTypeDefinition[] readDefinitions(NodeTypeReader reader, String source)
            throws RepositoryException {
        try {
            return reader.getNodeTypeDefs();
        }
        catch (InvalidNodeTypeDefException | NameException ex) {
            throw new RepositoryException("Invalid node types in '" + source + "'", ex);
        }
    }

    private static void registerNamespaces(NamespaceRegistry registry, Properties namespaces, String source)
            throws RepositoryException {
        List<String> registeredUris = Arrays.asList(registry.getURIs());
        for (String prefix : namespaces.stringPropertyNames()) {
            String uri = namespaces.getProperty(prefix);
            String registeredUri = uriOrNull(registry, prefix);
            if (registeredUri != null && !registeredUri.equals(uri)) {
                String problem = "Namespace prefix '%s' in '%s' stands for '%s', "
                        + "but the repository maps it to '%s'";
                throw new NamespaceException(problem.formatted(prefix, source, uri, registeredUri));
            }
            if (registeredUri == null && !registeredUris.contains(uri)) {
                registry.registerNamespace(prefix, uri);
                logger.info("Registered namespace '{}' = '{}' from '{}'", prefix, uri, source);
            }
        }
    }

    private static @Nullable String uriOrNull(NamespaceRegistry registry, String prefix) throws RepositoryException {
        try {
            return registry.getURI(prefix);
        }
        catch (NamespaceException ex) {
            return null;
        }
    }

}
