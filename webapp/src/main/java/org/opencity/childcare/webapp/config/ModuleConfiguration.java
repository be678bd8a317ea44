package org.opencity.childcare.webapp.config;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opencity.childcare.city.Neighbourhood;
import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.SessionFactory;
import org.opencity.childcare.listing.AdExpiryJob;
import org.opencity.childcare.listing.AdPresenter;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.listing.AdSettings;
import org.opencity.childcare.listing.search.AdIndex;
import org.opencity.childcare.listing.search.AdIndexUpdater;
import org.opencity.childcare.member.AccountService;
import org.opencity.childcare.member.EmailChanges;
import org.opencity.childcare.member.PasswordHasher;
import org.opencity.childcare.member.PasswordPolicy;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.MailComposer;
import org.opencity.childcare.notify.MailTransport;
import org.opencity.childcare.notify.Mailer;
import org.opencity.childcare.registration.IdentifierGenerator;
import org.opencity.childcare.registration.RegistrationService;
import org.opencity.childcare.suspension.MemberSuspensions;
import org.opencity.childcare.token.OneTimeTokens;

/**
 * Wires the module's services, which know nothing of Spring, with the host's
 * configuration.
 */
@Configuration(proxyBeanMethods = false)
public class ModuleConfiguration {

    /**
     * The time, in the city's time zone: dates and times in mails (an ad's expiry) are
     * the city's.
     */
    @Bean
    Clock clock(ChildcareProperties properties) {
        return Clock.system(ZoneId.of(properties.city().zone()));
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    /** The city's time zone: dates shown and children's ages are counted in it. */
    @Bean
    ZoneId cityZone(ChildcareProperties properties) {
        return ZoneId.of(properties.city().zone());
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
            .map((entry) -> new Neighbourhood(entry.id(), entry.name(), new LinkedHashSet<>(entry.adjacent())))
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
    AdSettings adSettings(ChildcareProperties properties) {
        ChildcareProperties.Ads ads = properties.ads();
        return new AdSettings(ads.lifetime(), ads.reminderBefore(), ads.retention(), ads.preModeration(),
                ads.renewalLinkValidity());
    }

    @Bean
    AdService adService(JcrTemplate jcr, Neighbourhoods neighbourhoods, Mailer mailer, Links links,
            OneTimeTokens tokens, Clock clock, AdSettings settings) {
        return new AdService(jcr, neighbourhoods, mailer, links, tokens, clock, settings);
    }

    @Bean
    AdExpiryJob adExpiryJob(JcrTemplate jcr, Mailer mailer, Links links, OneTimeTokens tokens, Clock clock,
            AdSettings settings) {
        return new AdExpiryJob(jcr, mailer, links, tokens, clock, settings);
    }

    @Bean
    AdPresenter adPresenter(Messages messages, Neighbourhoods neighbourhoods, Clock clock, ZoneId cityZone) {
        return new AdPresenter(messages, neighbourhoods, clock, cityZone);
    }

    /**
     * The ad search index, filled from the repository on start and kept exact by
     * observation.
     */
    @Bean
    AdIndex adIndex(ZoneId cityZone) {
        return new AdIndex(cityZone);
    }

    @Bean(destroyMethod = "close")
    AdIndexUpdater adIndexUpdater(AdIndex index, SessionFactory sessions, Clock clock) {
        AdIndexUpdater updater = new AdIndexUpdater(index, new AdRepository(clock));
        updater.start(sessions);
        return updater;
    }

    @Bean
    MemberSuspensions memberSuspensions(JcrTemplate jcr, Mailer mailer, Links links, OneTimeTokens tokens,
            Clock clock) {
        return new MemberSuspensions(jcr, mailer, links, tokens, clock);
    }

    @Bean
    AccountService accountService(JcrTemplate jcr, OneTimeTokens tokens, PasswordPolicy policy, PasswordHasher hasher,
            Mailer mailer, Links links, ChildcareProperties properties) {
        return new AccountService(jcr, tokens, policy, hasher, mailer, links,
                properties.links().passwordResetValidity());
    }

    @Bean
    EmailChanges emailChanges(JcrTemplate jcr, OneTimeTokens tokens, PasswordHasher hasher, Mailer mailer, Links links,
            Clock clock, ChildcareProperties properties) {
        return new EmailChanges(jcr, tokens, hasher, mailer, links, clock, properties.links().emailChangeValidity());
    }

}
