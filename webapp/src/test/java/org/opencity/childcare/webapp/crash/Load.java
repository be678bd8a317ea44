package org.opencity.childcare.webapp.crash;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.opencity.childcare.webapp.crash.Visitor.Page;

/**
 * Concurrent writers against a running host until it dies: applicants registering,
 * members posting ads, members writing about the others' ads. Each writer keeps writing
 * until its connection fails; only writes whose answer arrived are acknowledged.
 */
final class Load {

    private static final AtomicInteger counter = new AtomicInteger();

    private final List<Write> acknowledged = Collections.synchronizedList(new ArrayList<>());

    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    private final List<Thread> writers = new ArrayList<>();

    private volatile boolean killing;

    /**
     * Prepares the writers (members log in first) and starts them: two applicants, two
     * members posting ads, two members writing about the others' ads.
     */
    static Load start(Site site, List<Member> members, String password) throws IOException, InterruptedException {
        Load load = new Load();
        load.add("registrations-1", registrations(site));
        load.add("registrations-2", registrations(site));
        load.add("ads-0", ads(site, site.member(members.get(0).email(), password), 0));
        load.add("ads-1", ads(site, site.member(members.get(1).email(), password), 1));
        load.add("messages-1", messages(site, site.member(members.get(1).email(), password), 1, members));
        load.add("messages-2", messages(site, site.member(members.get(2).email(), password), 2, members));
        load.writers.forEach(Thread::start);
        return load;
    }

    /** A word no other write uses, made of letters only, such as {@code krshbqzd}. */
    static String uniqueWord() {
        int n = counter.getAndIncrement();
        char[] letters = new char[4];
        for (int i = letters.length - 1; i >= 0; i--) {
            letters[i] = (char) ('a' + n % 26);
            n /= 26;
        }
        return "krsh" + new String(letters);
    }

    /**
     * Says the host is about to be killed: from now on a failed connection is expected.
     */
    void killing() {
        this.killing = true;
    }

    /** Waits for every writer to notice the host is gone. */
    void awaitEnd() throws InterruptedException {
        for (Thread writer : this.writers) {
            writer.join(60_000);
            if (writer.isAlive()) {
                this.problems.add(writer.getName() + " still writing a minute after the kill");
                writer.interrupt();
            }
        }
    }

    List<Write> acknowledged() {
        synchronized (this.acknowledged) {
            return List.copyOf(this.acknowledged);
        }
    }

    /** Answers that were neither an acknowledgement nor the effect of the kill. */
    List<String> problems() {
        synchronized (this.problems) {
            return List.copyOf(this.problems);
        }
    }

    private void add(String name, Step step) {
        Thread writer = new Thread(() -> run(name, step), "crash-load-" + name);
        writer.setDaemon(true);
        this.writers.add(writer);
    }

    private void run(String name, Step step) {
        while (!this.killing) {
            try {
                this.acknowledged.add(step.write(uniqueWord()));
            }
            catch (IOException ex) {
                if (!this.killing) {
                    this.problems.add(name + ": connection failed while the host ran: " + ex);
                }
                return;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (AssertionError ex) {
                this.problems.add(name + ": " + ex.getMessage());
                return;
            }
        }
    }

    private static Step registrations(Site site) throws IOException, InterruptedException {
        Visitor applicant = site.visitor();
        site.openRegistration(applicant);
        return (word) -> {
            String name = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            String email = "crash." + word + "@example.org";
            Page page = site.register(applicant, email, name);
            if (!Site.registered(page)) {
                throw new AssertionError("registration not accepted: " + page.describe());
            }
            return new Write(Write.Kind.REGISTRATION, name, email, -1);
        };
    }

    private static Step ads(Site site, Visitor member, int author) {
        return (word) -> {
            Page page = site.postAd(member, word);
            String adId = Site.publishedAd(page)
                .orElseThrow(() -> new AssertionError("ad not published: " + page.describe()));
            return new Write(Write.Kind.AD, word, adId, author);
        };
    }

    private static Step messages(Site site, Visitor member, int author, List<Member> members) {
        List<String> otherAds = members.stream()
            .filter((other) -> members.indexOf(other) != author)
            .map(Member::anchorAdId)
            .toList();
        AtomicInteger next = new AtomicInteger();
        return (word) -> {
            Page page = site.contact(member, otherAds.get(next.getAndIncrement() % otherAds.size()), word);
            String conversationId = Site.conversation(page)
                .orElseThrow(() -> new AssertionError("message not sent: " + page.describe()));
            return new Write(Write.Kind.MESSAGE, word, conversationId, author);
        };
    }

    /** One write with a fresh word; its answer is the acknowledgement. */
    @FunctionalInterface
    private interface Step {

        Write write(String word) throws IOException, InterruptedException;

    }

    /**
     * An active member prepared before the load: their e-mail address and the ad the
     * others write about.
     *
     * @param email the login
     * @param anchorAdId their published ad
     */
    record Member(String email, String anchorAdId) {

    }

}
