package org.opencity.childcare.webapp.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.opencity.childcare.webapp.ChildcareApplication;

/**
 * The host started as an operator would, in a JVM of its own on the test's classpath,
 * with its own data folder, a free port, mail to the local outbox and a known webmaster
 * password; killed with SIGKILL, or stopped cleanly at the end.
 */
final class HostProcess {

    static final String STAFF_PASSWORD = "crash-test-staff-password-only-here";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;

    private final URI base;

    private final Path log;

    private HostProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * Starts the host on {@code dataDir}, writing its output to {@code log}, and waits
     * until its health endpoint says UP.
     */
    static HostProcess start(Path dataDir, Path log) throws IOException, InterruptedException {
        int port = freePort();
        String url = "http://127.0.0.1:" + port;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), ChildcareApplication.class.getName()));
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--childcare.data-dir=" + dataDir.toAbsolutePath(), "--childcare.public-url=" + url,
                "--childcare.staff.webmaster.password=" + STAFF_PASSWORD,
                "--childcare.staff.editor.password=" + STAFF_PASSWORD, "--childcare.light-modules-dir=../light-modules",
                "--spring.main.banner-mode=off"));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Should the test's own JVM be stopped, the host must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        HostProcess host = new HostProcess(process, URI.create(url), log);
        host.awaitHealthy();
        return host;
    }

    /** The host's root address, such as {@code http://127.0.0.1:41234}. */
    URI base() {
        return this.base;
    }

    /**
     * Kills the host with SIGKILL, as a power cut or the OOM killer would, and waits
     * until the operating system no longer knows the process.
     */
    void kill() throws InterruptedException {
        this.process.destroyForcibly();
        if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("The host did not die after SIGKILL" + tail());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ProcessHandle.of(this.process.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Process " + this.process.pid() + " is still alive after SIGKILL");
            }
            Thread.sleep(50);
        }
    }

    /** Asks the host to stop cleanly; kills it if it does not within a while. */
    void stop() throws InterruptedException {
        if (!this.process.isAlive()) {
            return;
        }
        this.process.destroy();
        if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    boolean isAlive() {
        return this.process.isAlive();
    }

    /** The last lines the host wrote, to explain a failure. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
            List<String> last = lines.subList(Math.max(0, lines.size() - 60), lines.size());
            return "\n--- last lines of " + this.log.toAbsolutePath() + " ---\n" + String.join("\n", last);
        }
        catch (IOException | UncheckedIOException ex) {
            return "\n(no host output in " + this.log.toAbsolutePath() + ": " + ex + ")";
        }
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
        HttpRequest health = HttpRequest.newBuilder(this.base.resolve("/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!this.process.isAlive()) {
                throw new AssertionError(
                        "The host exited with " + this.process.exitValue() + " while starting" + tail());
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            }
            catch (IOException ex) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        this.process.destroyForcibly();
        throw new AssertionError("The host did not report UP within " + START_TIMEOUT + tail());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

}
