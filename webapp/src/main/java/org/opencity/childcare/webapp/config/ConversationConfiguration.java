package org.opencity.childcare.webapp.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opencity.childcare.conversation.ConversationService;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.Mailer;
import org.opencity.childcare.report.ReportService;

/**
 * Wires the module's conversations between members and their reports to webmasters.
 */
@Configuration(proxyBeanMethods = false)
public class ConversationConfiguration {

    @Bean
    ConversationService conversationService(JcrTemplate jcr, Mailer mailer, Links links, Clock clock) {
        return new ConversationService(jcr, mailer, links, clock);
    }

    @Bean
    ReportService reportService(JcrTemplate jcr, AdService ads, Clock clock) {
        return new ReportService(jcr, ads, clock);
    }

}
