package org.opencity.childcare.webapp.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention of members' accounts, bound from {@code childcare.members.*} in
 * {@code application.yml}.
 *
 * @param inactiveAfter how long without a login before an account is deleted
 * @param inactiveWarningBefore how long before that deletion the member is warned by mail
 * @param inactiveCron when the job that warns and deletes runs (Spring cron, seconds
 * first): every night by default
 */
@ConfigurationProperties("childcare.members")
public record PrivacyProperties(@DefaultValue("730d") Duration inactiveAfter,
        @DefaultValue("30d") Duration inactiveWarningBefore, @DefaultValue("0 41 3 * * *") String inactiveCron) {

}
