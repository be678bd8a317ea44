package org.opencity.childcare.webapp.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything that differs between deployments and cities, bound from {@code childcare.*}
 * in {@code application.yml}.
 *
 * @param dataDir where the repository, the outbox and other local data live
 * @param publicUrl the address residents reach the service at, used in mail links
 * @param city what the pages and mails say about the city and its service
 * @param staff the first staff accounts, created on first start
 * @param links validity of single-use links
 * @param ads the life of an ad: lifetime, reminder, retention, pre-moderation
 * @param lightModulesDir where light modules are read from, so that edits show without
 * restart; a plain folder path, kept as text because Spring's {@code Path} conversion
 * resolves it against the servlet context first and refuses one that starts with
 * {@code ..}
 */
@ConfigurationProperties("childcare")
public record ChildcareProperties(@DefaultValue("./data") String dataDir,
        @DefaultValue("http://localhost:8080") String publicUrl, City city, Staff staff, @DefaultValue Links links,
        @DefaultValue Ads ads, @DefaultValue("./light-modules") String lightModulesDir) {

    /**
     * The data folder as a path. Settings hold plain strings: Spring's own path
     * conversion would resolve a relative value such as {@code ../data} against the
     * servlet context and fail.
     */
    public Path dataPath() {
        return Path.of(this.dataDir);
    }

    /** The light-modules folder as a path. */
    public Path lightModulesPath() {
        return Path.of(this.lightModulesDir);
    }

    /**
     * @param name the city's name, as shown in the header
     * @param serviceName the service's name, as shown in titles and mails
     * @param neighbourhoods the neighbourhoods, in the order forms list them
     * @param zone the city's time zone: dates shown and children's ages are counted in it
     */
    public record City(String name, String serviceName, List<NeighbourhoodEntry> neighbourhoods,
            @DefaultValue("Europe/Paris") String zone, @DefaultValue("/") String homeUrl) {

    }

    /**
     * @param id a stable key used in forms, URLs and storage
     * @param name the name residents know it by
     * @param adjacent the ids of the neighbourhoods bordering this one, each of which
     * must list this one back; used to rank compatible ads
     */
    public record NeighbourhoodEntry(String id, String name, @DefaultValue List<String> adjacent) {

    }

    /** The first webmaster and the first editor. */
    public record Staff(StaffAccount webmaster, StaffAccount editor) {

    }

    /**
     * @param password the initial password; when empty a random one is generated and
     * logged once
     */
    public record StaffAccount(String username, String displayName, @Nullable String password) {

    }

    /**
     * @param activationValidity how long the link to choose a first password works
     * @param passwordResetValidity how long a forgotten-password link works
     * @param emailChangeValidity how long the link confirming a new e-mail address works;
     * the change it would make stays pending that long
     */
    public record Links(@DefaultValue("72h") Duration activationValidity,
            @DefaultValue("72h") Duration passwordResetValidity, @DefaultValue("24h") Duration emailChangeValidity) {

    }

    /**
     * @param lifetime how long a published or renewed ad stays in the listings
     * @param reminderBefore how long before expiry its owner is reminded
     * @param retention how long an ad out of the listings is kept before it is purged
     * @param preModeration whether new ads wait for a webmaster's review
     * @param renewalLinkValidity how long the reminder's one-click renewal link works
     * @param expiryCron when the expiry job runs (Spring cron, seconds first), if not as
     * the module's scheduler bootstrap says ({@link SchedulerBootstrap}, job
     * {@code expireAds})
     */
    public record Ads(@DefaultValue("30d") Duration lifetime, @DefaultValue("3d") Duration reminderBefore,
            @DefaultValue("180d") Duration retention, @DefaultValue("false") boolean preModeration,
            @DefaultValue("7d") Duration renewalLinkValidity, @Nullable String expiryCron) {

    }

}
