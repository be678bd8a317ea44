package org.opencity.childcare.webapp.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import org.opencity.childcare.listing.AdExpiryJob;

/**
 * Runs the module's jobs on the host's schedule. In Magnolia the same work is a
 * scheduler-module job; every job is harmless if it runs twice or on two cluster nodes at
 * once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduledJobs {

    private final AdExpiryJob adExpiry;

    ScheduledJobs(AdExpiryJob adExpiry) {
        this.adExpiry = adExpiry;
    }

    /** Expires ads past their lifetime, reminds owners before expiry, purges old ads. */
    @Scheduled(cron = "${childcare.ads.expiry-cron:0 7 * * * *}")
    void expireAds() {
        this.adExpiry.run();
    }

}
