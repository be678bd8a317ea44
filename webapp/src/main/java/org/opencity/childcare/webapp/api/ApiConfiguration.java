package org.opencity.childcare.webapp.api;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opencity.childcare.apitoken.ApiTokens;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.delivery.AdDelivery;
import org.opencity.childcare.listing.search.AdIndex;

/**
 * The module services only the API uses.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    ApiTokens apiTokens(JcrTemplate jcr, Clock clock, SecureRandom random) {
        return new ApiTokens(jcr, clock, random);
    }

    @Bean
    AdDelivery adDelivery(JcrTemplate jcr, AdIndex index, Clock clock, ZoneId cityZone) {
        return new AdDelivery(jcr, index, clock, cityZone);
    }

}
