package org.opencity.childcare.webapp.backoffice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.registration.RegistrationInbox;

/**
 * Wires the module's read side of the inbox, which only the back-office uses.
 */
@Configuration(proxyBeanMethods = false)
class BackofficeConfiguration {

    @Bean
    RegistrationInbox registrationInbox(JcrTemplate jcr) {
        return new RegistrationInbox(jcr);
    }

}
