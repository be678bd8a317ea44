package org.opencity.childcare.webapp.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the headless API ({@code childcare.api.*}).
 *
 * @param maxBodySize the largest JSON body a write accepts; more is a 413
 * @param rateLimit how many writes a client may send
 */
@ConfigurationProperties("childcare.api")
public record ApiProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue RateLimit rateLimit) {

    /**
     * Writes allowed per token (or signed-in user) and, separately, per client address:
     * {@code writes} in every {@code period}, refilled continuously.
     */
    public record RateLimit(@DefaultValue("30") int writes, @DefaultValue("1m") Duration period) {

    }

}
