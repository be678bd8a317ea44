package org.opencity.childcare.webapp.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import org.opencity.childcare.conversation.ConversationService;
import org.opencity.childcare.listing.AdExpiryJob;
import org.opencity.childcare.privacy.RetentionPeriods;

/**
 * Runs the module's jobs on the host's schedule. In Magnolia the same work is a
 * scheduler-module job; every job is harmless if it runs twice or on two cluster nodes at
 * once. Each schedule defaults to that job's scheduler bootstrap
 * ({@link SchedulerBootstrap}) and can be overridden by its property.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduledJobs {

    private final AdExpiryJob adExpiry;

    private final ConversationService conversations;

    private final RetentionPeriods retention;

    ScheduledJobs(AdExpiryJob adExpiry, ConversationService conversations, RetentionPeriods retention) {
        this.adExpiry = adExpiry;
        this.conversations = conversations;
        this.retention = retention;
    }

    /** Expires ads past their lifetime, reminds owners before expiry, purges old ads. */
    @Scheduled(cron = "${childcare.ads.expiry-cron:#{@schedulerBootstrap.cron('expireAds')}}")
    void expireAds() {
        this.adExpiry.run();
    }

    /** Deletes conversations without a message for the retention period. */
    @Scheduled(cron = "${childcare.conversations.purge-cron:#{@schedulerBootstrap.cron('purgeConversations')}}")
    void purgeConversations() {
        this.conversations.purgeQuietFor(this.retention.conversations());
    }

}
