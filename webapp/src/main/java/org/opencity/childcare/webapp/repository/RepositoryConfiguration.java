package org.opencity.childcare.webapp.repository;

import java.net.URL;
import java.util.Objects;

import javax.jcr.RepositoryException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opencity.childcare.embedded.EmbeddedJackrabbit;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.SessionFactory;
import org.opencity.childcare.jcr.WorkspaceLayout;
import org.opencity.childcare.jcr.Workspaces;
import org.opencity.childcare.webapp.config.ChildcareProperties;
import org.opencity.childcare.webapp.website.WebsiteWorkspaces;

/**
 * Starts the embedded repository in the data folder, registers the module's node types
 * and workspaces on first start, and shuts it down cleanly when the host stops.
 */
@Configuration(proxyBeanMethods = false)
public class RepositoryConfiguration {

    static final String MODULE_NODE_TYPES = "/mgnl-nodetypes/childcare-nodetypes.xml";

    @Bean(destroyMethod = "close")
    EmbeddedJackrabbit embeddedJackrabbit(ChildcareProperties properties) throws RepositoryException {
        URL nodeTypes = Objects.requireNonNull(RepositoryConfiguration.class.getResource(MODULE_NODE_TYPES),
                "The module's node-type file is missing from the classpath");
        EmbeddedJackrabbit repository = EmbeddedJackrabbit.start(properties.dataPath());
        try {
            repository.installNodeTypes(nodeTypes);
            repository.ensureWorkspace(Workspaces.CHILDCARE);
            repository.ensureWorkspace(WebsiteWorkspaces.AUTHOR);
            repository.ensureWorkspace(WebsiteWorkspaces.PUBLIC);
            return repository;
        }
        catch (RepositoryException | RuntimeException ex) {
            repository.close();
            throw ex;
        }
    }

    @Bean
    SessionFactory sessionFactory(EmbeddedJackrabbit repository) {
        return () -> repository.login(Workspaces.CHILDCARE);
    }

    @Bean
    JcrTemplate jcrTemplate(SessionFactory sessions) {
        JcrTemplate jcr = new JcrTemplate(sessions);
        WorkspaceLayout.ensure(jcr);
        return jcr;
    }

}
