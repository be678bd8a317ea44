package org.opencity.childcare.webapp.config;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import org.opencity.childcare.alert.AlertJob;
import org.opencity.childcare.alert.AlertSettings;
import org.opencity.childcare.alert.SavedSearchService;
import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.search.SearchDescription;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.Mailer;

/**
 * Wires saved searches and their mail alerts, and runs the alert job on the configured
 * schedule ({@code childcare.alerts.*}). Like every job, it is harmless if it runs twice
 * or on two cluster nodes at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertProperties.class)
public class AlertConfiguration {

    /** A search's filters in words: on the search page, in saved searches and alerts. */
    @Bean
    SearchDescription searchDescription(Messages messages, Neighbourhoods neighbourhoods) {
        return new SearchDescription(messages, neighbourhoods);
    }

    @Bean
    AlertSettings alertSettings(AlertProperties properties, ZoneId cityZone) {
        return new AlertSettings(cityZone, properties.digestTime(), properties.lookBack());
    }

    @Bean
    SavedSearchService savedSearchService(JcrTemplate jcr, SearchDescription descriptions, Clock clock) {
        return new SavedSearchService(jcr, descriptions, clock);
    }

    @Bean
    AlertJob alertJob(JcrTemplate jcr, Mailer mailer, Links links, SearchDescription descriptions,
            Neighbourhoods neighbourhoods, Clock clock, SecureRandom random, AlertSettings settings) {
        return new AlertJob(jcr, mailer, links, descriptions, neighbourhoods, clock, random, settings);
    }

    @Bean
    AlertSchedule alertSchedule(AlertJob job) {
        return new AlertSchedule(job);
    }

    /** Runs the alert job on the host's schedule; in Magnolia, a scheduler-module job. */
    static final class AlertSchedule {

        private final AlertJob job;

        AlertSchedule(AlertJob job) {
            this.job = job;
        }

        /** Sends immediate alerts, and the daily digests once their hour has come. */
        @Scheduled(cron = "${childcare.alerts.cron:#{@schedulerBootstrap.cron('sendAlerts')}}")
        void sendAlerts() {
            this.job.run();
        }

    }

}
