package org.opencity.childcare.webapp.website;

import java.time.Clock;

import javax.jcr.RepositoryException;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opencity.childcare.embedded.EmbeddedJackrabbit;
import org.opencity.childcare.webapp.config.ChildcareProperties;
import org.opencity.childcare.webapp.site.SitePaths;

/**
 * The section's pages: where they are stored, how they are published, and their first
 * import.
 */
@Configuration(proxyBeanMethods = false)
public class WebsiteConfiguration {

    @Bean(destroyMethod = "close")
    WebsiteContent websiteContent(EmbeddedJackrabbit repository) throws RepositoryException {
        return new WebsiteContent(repository, SitePaths.SECTION);
    }

    @Bean
    Publications publications(WebsiteContent website, Clock clock) {
        return new Publications(website, clock);
    }

    @Bean
    ApplicationRunner websiteBootstrap(ChildcareProperties properties, WebsiteContent website,
            Publications publications) {
        return (arguments) -> WebsiteBootstrap.run(properties.lightModulesPath(), website, publications);
    }

}
