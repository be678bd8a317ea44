package org.opencity.childcare.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import javax.jcr.NodeIterator;
import javax.jcr.Session;
import javax.jcr.query.Query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the search index of {@link EmbeddedJackrabbit} catches up with the stored
 * content on start, as it must after a crash left it behind the last saves.
 */
class EmbeddedJackrabbitRecoveryTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path backup;

    @Test
    void startWhenIndexLagsBehindStoredNodesShouldFindThemAgain() throws Exception {
        Path index = this.dataDir.resolve("repository/workspaces/default/index");
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            saveAd(jackrabbit, "ad-1", "Montmartre");
        }
        copyFolder(index, this.backup);
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            saveAd(jackrabbit, "ad-2", "Belleville");
        }
        deleteFolder(index);
        copyFolder(this.backup, index);

        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            assertThat(adsIn(jackrabbit, "Belleville")).containsExactly("ad-2");
            assertThat(adsIn(jackrabbit, "Montmartre")).containsExactly("ad-1");
        }
    }

    @Test
    void startAfterAnUncleanStopShouldCheckAndRepairTheStoredNodesAndKeepThem() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            assertThat(jackrabbit.recoveredFromUncleanStop()).as("first start").isFalse();
            saveAd(jackrabbit, "ad-1", "Montmartre");
        }
        // A killed process leaves Jackrabbit's lock file behind.
        Files.createFile(this.dataDir.resolve("repository").resolve(EmbeddedJackrabbit.LOCK_FILE));

        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            assertThat(jackrabbit.recoveredFromUncleanStop()).as("start after a crash").isTrue();
            assertThat(adsIn(jackrabbit, "Montmartre")).containsExactly("ad-1");
        }
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            assertThat(jackrabbit.recoveredFromUncleanStop()).as("start after a clean stop").isFalse();
        }
    }

    @Test
    void configurationWhenRecoveringShouldTurnOnTheCheckAndRepairOfStoredNodes() throws Exception {
        try (EmbeddedJackrabbit jackrabbit = EmbeddedJackrabbit.start(this.dataDir)) {
            saveAd(jackrabbit, "ad-1", "Montmartre");
        }
        Path home = this.dataDir.resolve("repository").toAbsolutePath();

        Properties recovering = EmbeddedJackrabbit.configuration(home, true)
            .getWorkspaceConfig("default")
            .getPersistenceManagerConfig()
            .getParameters();
        Properties normal = EmbeddedJackrabbit.configuration(home, false)
            .getWorkspaceConfig("default")
            .getPersistenceManagerConfig()
            .getParameters();

        assertThat(recovering).containsEntry("consistencyCheck", "true").containsEntry("consistencyFix", "true");
        assertThat(normal).containsEntry("consistencyCheck", "false").containsEntry("consistencyFix", "false");
    }

    private static void saveAd(EmbeddedJackrabbit jackrabbit, String name, String neighbourhood) throws Exception {
        Session session = jackrabbit.login("default");
        try {
            session.getRootNode().addNode(name, "mgnl:content").setProperty("neighbourhood", neighbourhood);
            session.save();
        }
        finally {
            session.logout();
        }
    }

    private static List<String> adsIn(EmbeddedJackrabbit jackrabbit, String neighbourhood) throws Exception {
        Session session = jackrabbit.login("default");
        try {
            Query query = session.getWorkspace()
                .getQueryManager()
                .createQuery("SELECT * FROM [mgnl:content] WHERE [neighbourhood] = '" + neighbourhood + "'",
                        Query.JCR_SQL2);
            List<String> names = new ArrayList<>();
            for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
                names.add(nodes.nextNode().getName());
            }
            return names;
        }
        finally {
            session.logout();
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach((path) -> {
                try {
                    Path target = to.resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    }
                    else {
                        Files.copy(path, target);
                    }
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }

}
