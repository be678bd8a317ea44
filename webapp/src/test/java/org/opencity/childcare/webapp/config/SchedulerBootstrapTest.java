package org.opencity.childcare.webapp.config;

import java.lang.reflect.Method;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.expression.StandardBeanExpressionResolver;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The host's jobs run when the module's scheduler bootstrap files say, the files that
 * schedule the same jobs in Magnolia, unless an operator sets the job's property. The
 * {@code @Scheduled} expressions are resolved the way Spring resolves them at start-up. A
 * job's bootstrap bears the name of its method.
 */
class SchedulerBootstrapTest {

    private static final LocalDateTime MONDAY_10_AM = LocalDateTime.of(2026, 3, 2, 10, 0);

    @Test
    void everyJobWithoutItsPropertyShouldRunAsTheBootstrapOfTheSameNameSays() {
        List<Method> jobs = Stream.of(ScheduledJobs.class, AlertConfiguration.AlertSchedule.class)
            .flatMap((type) -> Arrays.stream(type.getDeclaredMethods()))
            .filter((method) -> method.isAnnotationPresent(Scheduled.class))
            .toList();

        assertThat(jobs).hasSizeGreaterThanOrEqualTo(3).allSatisfy((job) -> {
            String cron = resolvedCron(job, Map.of());
            assertThat(cron).as("cron of %s", job.getName())
                .isEqualTo(new SchedulerBootstrap().cron(job.getName()))
                .doesNotContain("?");
            assertThat(CronExpression.isValidExpression(cron)).as("%s is a Spring cron", cron).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource({ "expireAds, 2026-03-02T10:07", "purgeConversations, 2026-03-03T03:23", "sendAlerts, 2026-03-02T10:05",
            "handleInactiveAccounts, 2026-03-03T03:41" })
    void jobWithoutItsPropertyShouldRunWhenItAlwaysDid(String job, LocalDateTime expectedNextRun)
            throws NoSuchMethodException {
        String cron = resolvedCron(scheduledMethod(job), Map.of());

        assertThat(CronExpression.parse(cron).next(MONDAY_10_AM)).isEqualTo(expectedNextRun);
    }

    @ParameterizedTest
    @CsvSource({ "expireAds, childcare.ads.expiry-cron", "purgeConversations, childcare.conversations.purge-cron",
            "sendAlerts, childcare.alerts.cron", "handleInactiveAccounts, childcare.members.inactive-cron" })
    void configuredPropertyShouldOverrideTheBootstrap(String job, String property) throws NoSuchMethodException {
        String cron = resolvedCron(scheduledMethod(job), Map.of(property, "0 0 4 * * *"));

        assertThat(cron).isEqualTo("0 0 4 * * *");
    }

    @Test
    void jobWithoutBootstrapShouldFailNamingTheMissingFile() {
        assertThatIllegalStateException().isThrownBy(() -> new SchedulerBootstrap().cron("noSuchJob"))
            .withMessageContaining("config.modules.scheduler.config.jobs.noSuchJob.yaml");
    }

    private static Method scheduledMethod(String job) throws NoSuchMethodException {
        Class<?> owner = switch (job) {
            case "sendAlerts" -> AlertConfiguration.AlertSchedule.class;
            case "handleInactiveAccounts" -> PrivacyConfiguration.InactiveAccountsSchedule.class;
            default -> ScheduledJobs.class;
        };
        return owner.getDeclaredMethod(job);
    }

    /**
     * What Spring makes of the method's {@code @Scheduled} cron: properties first, then
     * the expression in the placeholder's default.
     */
    private static String resolvedCron(Method method, Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("configured", properties));
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("schedulerBootstrap", new SchedulerBootstrap());
        beans.setBeanExpressionResolver(new StandardBeanExpressionResolver());
        beans.addEmbeddedValueResolver(environment::resolveRequiredPlaceholders);
        String cron = new EmbeddedValueResolver(beans).resolveStringValue(method.getAnnotation(Scheduled.class).cron());
        assertThat(cron).as("cron of %s", method).isNotBlank();
        return cron;
    }

}
