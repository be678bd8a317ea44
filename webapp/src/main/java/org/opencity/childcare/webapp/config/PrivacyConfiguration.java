package org.opencity.childcare.webapp.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import org.opencity.childcare.city.Neighbourhoods;
import org.opencity.childcare.i18n.Messages;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.AdSettings;
import org.opencity.childcare.member.PasswordHasher;
import org.opencity.childcare.notify.Links;
import org.opencity.childcare.notify.Mailer;
import org.opencity.childcare.privacy.AccountDeletion;
import org.opencity.childcare.privacy.InactiveAccounts;
import org.opencity.childcare.privacy.InactivitySettings;
import org.opencity.childcare.privacy.PersonalDataExport;
import org.opencity.childcare.privacy.RetentionNotice;
import org.opencity.childcare.privacy.RetentionPeriods;
import org.opencity.childcare.token.OneTimeTokens;

/**
 * Wires a member's privacy rights (downloading their data, deleting their account), the
 * retention periods the privacy notice shows and the retention of inactive accounts, and
 * runs the nightly job that warns and deletes them on the configured schedule
 * ({@code childcare.members.*}). Like every job, it is harmless if it runs twice or on
 * two cluster nodes at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyConfiguration {

    @Bean
    PersonalDataExport personalDataExport(JcrTemplate jcr, Neighbourhoods neighbourhoods, Clock clock) {
        return new PersonalDataExport(jcr, neighbourhoods, clock);
    }

    @Bean
    AccountDeletion accountDeletion(JcrTemplate jcr, PasswordHasher hasher, OneTimeTokens tokens, Clock clock) {
        return new AccountDeletion(jcr, hasher, tokens, clock);
    }

    @Bean
    InactivitySettings inactivitySettings(PrivacyProperties properties) {
        return new InactivitySettings(properties.inactiveAfter(), properties.inactiveWarningBefore());
    }

    /**
     * The retention periods the jobs apply, in one place: the privacy notice shows them
     * and the conversations' purge uses them.
     */
    @Bean
    RetentionPeriods retentionPeriods(AdSettings ads, InactivitySettings accounts,
            @Value("${childcare.conversations.retention:180d}") Duration conversations) {
        return new RetentionPeriods(ads, accounts, conversations);
    }

    @Bean
    RetentionNotice retentionNotice(RetentionPeriods periods, Messages messages) {
        return new RetentionNotice(periods, messages);
    }

    @Bean
    InactiveAccounts inactiveAccounts(JcrTemplate jcr, AccountDeletion deletion, Mailer mailer, Links links,
            Clock clock, InactivitySettings settings) {
        return new InactiveAccounts(jcr, deletion, mailer, links, clock, settings);
    }

    @Bean
    InactiveAccountsSchedule inactiveAccountsSchedule(InactiveAccounts accounts) {
        return new InactiveAccountsSchedule(accounts);
    }

    /**
     * Runs the inactive accounts job on the host's schedule; in Magnolia, a scheduler
     * job.
     */
    static final class InactiveAccountsSchedule {

        private final InactiveAccounts accounts;

        InactiveAccountsSchedule(InactiveAccounts accounts) {
            this.accounts = accounts;
        }

        /** Warns members inactive for long, deletes those whose date has come. */
        @Scheduled(cron = "${childcare.members.inactive-cron:#{@schedulerBootstrap.cron('handleInactiveAccounts')}}")
        void handleInactiveAccounts() {
            this.accounts.run();
        }

    }

}
