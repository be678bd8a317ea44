package org.opencity.childcare.webapp.config;

import java.time.Duration;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Saved-search alerts, bound from {@code childcare.alerts.*} in {@code application.yml}.
 *
 * @param cron when the alert job runs (Spring cron, seconds first), if not as the
 * module's scheduler bootstrap says ({@link SchedulerBootstrap}, job {@code sendAlerts}):
 * immediate alerts go out at each run, daily digests at the first run from
 * {@code digestTime} on
 * @param digestTime when daily digests go out, in the city's time zone
 * @param lookBack how far before its last check each run looks again for ads saved late
 * or seen late from another cluster node; longer than a save and the cluster's sync delay
 */
@ConfigurationProperties("childcare.alerts")
public record AlertProperties(@Nullable String cron, @DefaultValue("07:30") LocalTime digestTime,
        @DefaultValue("15m") Duration lookBack) {

}
