package it.org.shoumi.portal.crash;

import it.org.shoumi.portal.Folders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Liberty server of its own, run as a child process of the test JVM from the runtime the build installed in
 * {@code target/liberty/wlp}: created from the portal's config files, started with {@code server run}, killed
 * with SIGKILL (the server JVM and every process under the launcher) or stopped. A JVM shutdown hook kills it
 * as well, so no server outlives the test even when the test fails or is interrupted.
 */
public final class LibertyProcess implements AutoCloseable {

    private final Path wlp;
    private final String name;
    private final Path serverDir;
    private final int httpPort;
    private Process process;
    private final Thread hook = new Thread(this::killQuietly, "kill-crash-server");
    private int starts;

    public LibertyProcess(Path wlp, String name, int httpPort, int httpsPort, Path configDir, List<Path> extraConfig,
                   Path war) throws IOException {
        this.wlp = wlp.toAbsolutePath();
        this.name = name;
        this.httpPort = httpPort;
        this.serverDir = this.wlp.resolve("usr/servers").resolve(name);
        Folders.deleteTree(serverDir);
        Files.createDirectories(serverDir.resolve("configDropins/overrides"));
        Files.createDirectories(serverDir.resolve("dropins"));
        try (Stream<Path> files = Files.list(configDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, serverDir.resolve(f.getFileName()));
            }
        }
        for (Path f : extraConfig) {
            Files.copy(f, serverDir.resolve("configDropins/overrides").resolve(f.getFileName()));
        }
        Files.writeString(serverDir.resolve("bootstrap.properties"),
                "http.port=" + httpPort + "\nhttps.port=" + httpsPort + "\n");
        Files.copy(war, serverDir.resolve("dropins/portal.war"), StandardCopyOption.REPLACE_EXISTING);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public Path serverDir() {
        return serverDir;
    }

    public URI base() {
        return URI.create("http://localhost:" + httpPort + "/portal/");
    }

    /** Starts the server and waits until {@code probe} (a path under the portal) answers 200. */
    public void start(String probe, String token, Duration timeout) throws IOException, InterruptedException {
        launch();
        awaitReady(probe, token, timeout);
    }

    /** Starts the server without waiting for it (see {@link #awaitReady}). */
    public void launch() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        starts++;
        ProcessBuilder pb = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                .redirectErrorStream(true)
                .redirectOutput(serverDir.resolve("console-" + starts + ".log").toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        process = pb.start();
    }

    /** Waits until {@code probe} (a path under the portal) of the launched server answers 200. */
    public void awaitReady(String probe, String token, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see "
                        + serverDir.resolve("console-" + starts + ".log"));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base().resolve(probe))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not answer within " + timeout);
    }

    /** Whether the launcher or any process it started still runs. */
    public boolean alive() {
        return process != null && (process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive));
    }

    /** The server's messages.log as it stands (empty before the first start). */
    public String messages() throws IOException {
        Path log = serverDir.resolve("logs/messages.log");
        return Files.exists(log) ? new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8) : "";
    }

    /** kill -9 of the server JVM and everything the launcher started; returns the pids killed. */
    public List<Long> kill() throws InterruptedException {
        List<Long> killed = new ArrayList<>();
        if (process == null) {
            return killed;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        for (ProcessHandle p : all) {
            if (p.isAlive() && p.destroyForcibly()) {   // SIGKILL on Linux
                killed.add(p.pid());
            }
        }
        for (ProcessHandle p : all) {
            p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> p).join();
        }
        process.waitFor(30, TimeUnit.SECONDS);
        return killed;
    }

    /** A clean stop ({@code server stop}); kills what is still running after 60 s. */
    public void stop() throws IOException, InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        Process stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name)
                .redirectErrorStream(true).redirectOutput(serverDir.resolve("stop.log").toFile()).start();
        stop.waitFor(60, TimeUnit.SECONDS);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
        if (stop.isAlive()) {
            stop.destroyForcibly();
        }
    }

    private void killQuietly() {
        try {
            kill();
        } catch (InterruptedException | RuntimeException ignored) {
            // best effort, the JVM is going away
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } finally {
            kill();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }
}
