package org.opencity.childcare.webapp.config;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opencity.childcare.city.Neighbourhood;
import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.PasswordHasher;
import org.opencity.childcare.member.PasswordPolicy;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.MailComposer;
import org.opencity.childcare.notify.MailTransport;
import org.opencity.childcare.notify.Mailer;
import org.opencity.childcare.registration.IdentifierGenerator;
import org.opencity.childcare.registration.RegistrationService;
import org.opencity.childcare.token.OneTimeTokens;

/**
 * Wires the module's services, which know nothing of Spring, with the host's
 * configuration.
 */
@Configuration(proxyBeanMethods = false)
public class ModuleConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Bean
    Messages messages() {
        return new Messages(List.of(Messages.MODULE_BUNDLE, "childcare-site.i18n.childcare-site-messages",
                "backoffice.i18n.backoffice-messages"));
    }

    @Bean
    Neighbourhoods neighbourhoods(ChildcareProperties properties) {
        return new Neighbourhoods(properties.city()
            .neighbourhoods()
            .stream()
            .map((entry) -> new Neighbourhood(entry.id(), entry.name()))
            .toList());
    }

    @Bean
    OneTimeTokens oneTimeTokens(Clock clock, SecureRandom random) {
        return new OneTimeTokens(clock, random);
    }

    @Bean
    Mailer mailer(Messages messages, MailTransport transport, ChildcareProperties properties) {
        Map<String, Object> site = Map.of("name", properties.city().serviceName(), "city", properties.city().name(),
                "url", properties.publicUrl() + "/services-en-ligne/garde-d-enfant");
        return new Mailer(new MailComposer(messages, site), transport);
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy();
    }

    @Bean
    RegistrationService registrationService(JcrTemplate jcr, Neighbourhoods neighbourhoods, OneTimeTokens tokens,
            SecureRandom random, Mailer mailer, Links links, Clock clock, ChildcareProperties properties) {
        return new RegistrationService(jcr, neighbourhoods, tokens, new IdentifierGenerator(random), mailer, links,
                clock, properties.links().activationValidity());
    }

    @Bean
    AccountService accountService(JcrTemplate jcr, OneTimeTokens tokens, PasswordPolicy policy, PasswordHasher hasher,
            Mailer mailer, Links links, ChildcareProperties properties) {
        return new AccountService(jcr, tokens, policy, hasher, mailer, links,
                properties.links().passwordResetValidity());
    }

}
