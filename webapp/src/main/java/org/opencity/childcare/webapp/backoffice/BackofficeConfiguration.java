package org.opencity.childcare.webapp.backoffice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.registration.RegistrationInbox;

/**
 * Wires the module's read side of the inbox, which only the back-office uses, and keeps
 * staff with a provisional password on their security page.
 */
@Configuration(proxyBeanMethods = false)
class BackofficeConfiguration implements WebMvcConfigurer {

    @Bean
    RegistrationInbox registrationInbox(JcrTemplate jcr) {
        return new RegistrationInbox(jcr);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ProvisionalPasswords())
            .addPathPatterns(BackofficePaths.HOME, BackofficePaths.HOME + "/**")
            .excludePathPatterns(ProvisionalPasswords.ALLOWED);
    }

}
