package org.opencity.childcare.webapp.config;

import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.listing.match.AdMatcher;
import org.opencity.childcare.listing.search.AdIndex;

/**
 * Wires the matcher that ranks each ad's compatible ads from the search index.
 */
@Configuration(proxyBeanMethods = false)
public class MatchingConfiguration {

    @Bean
    AdMatcher adMatcher(AdIndex index, Neighbourhoods neighbourhoods, ZoneId cityZone) {
        return new AdMatcher(index, neighbourhoods, cityZone);
    }

}
