package org.opencity.childcare.webapp.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.opencity.childcare.webapp.crash.Load.Member;
import org.opencity.childcare.webapp.crash.Site.SearchResult;
import org.opencity.childcare.webapp.crash.Visitor.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety: the host runs in a process of its own while applicants register and
 * members post ads and write to each other, all at once; in the middle of it the process
 * is killed with SIGKILL, as a power cut would, then started again on the same data
 * folder. Every write the host had acknowledged must still be there, once, where people
 * look for it: the application in the webmaster's inbox, the ad in the search results,
 * the message in its conversation. Several rounds, each on the data the previous ones
 * left.
 */
@Tag("crash")
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class CrashSafetyTest {

    private static final int ROUNDS = 3;

    private static final int MEMBERS = 3;

    private static final long LOAD_MILLIS = 3_000;

    private static final String PASSWORD = "violon cactus marée nocturne";

    private static final Path WORK = Path.of("target", "crash-safety");

    private @Nullable HostProcess host;

    private int starts;

    private Path run = WORK;

    private Path dataDir = WORK;

    /** The webmaster's phone, paired on the first login, kept across restarts. */
    private final Authenticator authenticator = new Authenticator();

    @AfterEach
    void stopHost() throws InterruptedException {
        if (this.host != null) {
            this.host.stop();
        }
    }

    @Test
    void acknowledgedWritesSurviveSigkillDuringLoad() throws Exception {
        Files.createDirectories(WORK);
        this.run = Files.createTempDirectory(WORK, "run-");
        this.dataDir = this.run.resolve("data");
        Site site = startHost();
        List<Member> members = activeMembers(site);
        List<Write> acknowledged = new ArrayList<>();
        Set<Write> lost = new LinkedHashSet<>();
        Set<Write> duplicated = new LinkedHashSet<>();

        for (int round = 1; round <= ROUNDS; round++) {
            Load load = Load.start(site, members, PASSWORD);
            Thread.sleep(LOAD_MILLIS + ThreadLocalRandom.current().nextLong(2_000));
            load.killing();
            host().kill();
            load.awaitEnd();
            assertThat(load.problems()).as("answers other than acknowledgements in round %d%s", round, tail())
                .isEmpty();
            assertThat(load.acknowledged()).as("writes acknowledged in round %d", round).isNotEmpty();
            acknowledged.addAll(load.acknowledged());

            site = startHost();
            Page section = site.sectionPage();
            assertThat(section.status()).as("section page after restart %d%s", round, tail()).isEqualTo(200);
            check(site, members, acknowledged, lost, duplicated);
        }

        System.out.printf("crash rounds=%d acknowledged=%d lost=%d duplicated=%d%n", ROUNDS, acknowledged.size(),
                lost.size(), duplicated.size());
        assertThat(lost)
            .as("acknowledged writes missing after a restart (data in %s)%s%s", this.dataDir, indexWarnings(), tail())
            .isEmpty();
        assertThat(duplicated).as("acknowledged writes found more than once (data in %s)", this.dataDir).isEmpty();
    }

    /**
     * Three families apply, the webmaster approves them, each chooses a password from the
     * mailed link and posts an ad the others then write about.
     */
    private List<Member> activeMembers(Site site) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            String word = Load.uniqueWord();
            names.add("Membre" + word);
            emails.add("crash.membre." + word + "@example.org");
            Visitor applicant = site.visitor();
            site.openRegistration(applicant);
            Page sent = site.register(applicant, emails.get(i), names.get(i));
            assertThat(Site.registered(sent)).as(sent.describe()).isTrue();
        }
        Visitor webmaster = site.webmaster();
        for (String name : names) {
            site.approve(webmaster, name);
        }
        List<Member> members = new ArrayList<>();
        for (String email : emails) {
            site.activate(email, PASSWORD);
            Page ad = site.postAd(site.member(email, PASSWORD), Load.uniqueWord());
            String adId = Site.publishedAd(ad).orElseThrow(() -> new AssertionError(ad.describe()));
            members.add(new Member(email, adId));
        }
        return members;
    }

    /**
     * Looks for every acknowledged write where people would: counts those found nowhere
     * and those found more than once.
     */
    private void check(Site site, List<Member> members, List<Write> writes, Set<Write> lost, Set<Write> duplicated)
            throws IOException, InterruptedException {
        String inbox = site.inbox(site.webmaster());
        Visitor searcher = site.member(members.get(MEMBERS - 1).email(), PASSWORD);
        Map<Integer, Visitor> authors = new HashMap<>();
        Map<String, String> conversations = new HashMap<>();

        for (Write write : writes) {
            int found = switch (write.kind()) {
                case REGISTRATION -> Site.occurrences(inbox, write.word());
                case AD -> {
                    SearchResult result = site.search(searcher, write.word(), write.reference());
                    yield result.showsAd() ? result.total() : 0;
                }
                case MESSAGE -> {
                    String key = write.author() + "/" + write.reference();
                    String conversation = conversations.get(key);
                    if (conversation == null) {
                        Visitor author = authors.get(write.author());
                        if (author == null) {
                            author = site.member(members.get(write.author()).email(), PASSWORD);
                            authors.put(write.author(), author);
                        }
                        conversation = site.conversationText(author, write.reference());
                        conversations.put(key, conversation);
                    }
                    yield Site.occurrences(conversation, write.word());
                }
            };

            if (found == 0) {
                lost.add(write);
            }
            else if (found > 1) {
                duplicated.add(write);
            }
        }
    }

    private Site startHost() throws IOException, InterruptedException {
        this.starts++;
        this.host = HostProcess.start(this.dataDir, this.run.resolve("host-" + this.starts + ".log"));
        return new Site(this.host.base(), this.dataDir, this.authenticator);
    }

    private HostProcess host() {
        assertThat(this.host).as("running host").isNotNull();
        return this.host;
    }

    /**
     * What the search index's consistency check said on each start, such as a node saved
     * but unreachable from its parent.
     */
    private String indexWarnings() throws IOException {
        StringBuilder warnings = new StringBuilder();
        for (int start = 1; start <= this.starts; start++) {
            Path log = this.run.resolve("host-" + start + ".log");
            for (String line : Files.readAllLines(log)) {
                if (line.contains("ConsistencyCheck")) {
                    warnings.append("\nhost-").append(start).append(": ").append(line);
                }
            }
        }
        return (warnings.length() > 0) ? "\n--- search index consistency check ---" + warnings : "";
    }

    private String tail() {
        return (this.host != null) ? this.host.tail() : "";
    }

}
