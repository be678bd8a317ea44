package org.opencity.childcare.webapp.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The default schedule of the module's jobs, read from the scheduler bootstrap files that
 * configure the same jobs in Magnolia's scheduler module, so that both runtimes keep one
 * schedule. The {@code @Scheduled} methods use it as the default of their property
 * ({@code ${childcare.ads.expiry-cron:#{@schedulerBootstrap.cron('expireAds')}}}): a
 * configured property still overrides it.
 */
@Component
public class SchedulerBootstrap {

    /**
     * Where the module keeps a job's bootstrap, the node
     * {@code /modules/scheduler/config/jobs/<job>} of Magnolia's config workspace.
     */
    static final String FILE = "mgnl-bootstrap/childcare/config.modules.scheduler.config.jobs.%s.yaml";

    /**
     * The job's cron for Spring: seconds first like Quartz's, with Quartz's "no specific
     * value" {@code ?} written {@code *}; {@link Scheduled#CRON_DISABLED} for a job the
     * bootstrap disables.
     * @param job the job's node name, which is also its command's name
     * @return a Spring cron expression
     */
    public String cron(String job) {
        String file = FILE.formatted(job);
        Map<?, ?> node = jobNode(file, job);
        if (Boolean.FALSE.equals(node.get("enabled"))) {
            return Scheduled.CRON_DISABLED;
        }
        if (!(node.get("cron") instanceof String cron) || cron.isBlank()) {
            throw new IllegalStateException(file + " gives job " + job + " no cron");
        }
        return cron.replace('?', '*');
    }

    private static Map<?, ?> jobNode(String file, String job) {
        try (InputStream in = SchedulerBootstrap.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "No scheduler bootstrap for job " + job + ": " + file + " is not on the classpath");
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (root instanceof Map<?, ?> nodes && nodes.get(job) instanceof Map<?, ?> node) {
                return node;
            }
            throw new IllegalStateException(file + " has no node named " + job);
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot read " + file, ex);
        }
    }

}
