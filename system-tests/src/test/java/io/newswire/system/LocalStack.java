package io.newswire.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The stack under test, driven through {@code ./pipeline} with the environment {@code ./pipeline test} set (state
 * folder and ports), so the tests start, stop and kill exactly the processes an operator would.
 */
final class LocalStack {

    private final Path root = Path.of(System.getProperty("newswire.root", "..")).toAbsolutePath().normalize();

    /** Starts whatever part of the stack is not running and waits until every service is ready. */
    void up() {
        run("up");
    }

    void start(String component) {
        run("start", component);
    }

    /** SIGTERM, then waits for the process to exit; returns how long that took. */
    Duration stop(String component) {
        long start = System.nanoTime();
        run("stop", component);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** SIGKILL: the process dies without any chance to clean up. */
    void kill(String component) {
        run("kill", component);
    }

    String ingestUrl() {
        return "http://127.0.0.1:" + port("INGEST_PORT", 8081);
    }

    String indexUrl() {
        return "http://127.0.0.1:" + port("INDEX_PORT", 8083);
    }

    String elasticsearchUrl() {
        String hosts = System.getenv("ELASTICSEARCH_HOSTS");
        return "http://" + (hosts == null || hosts.isBlank() ? "127.0.0.1:" + port("ES_PORT", 9200) : hosts);
    }

    Path seeds() {
        return root.resolve("seeds");
    }

    Path seed(String name) {
        return seeds().resolve(name);
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }

    private void run(String... args) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("pipeline").toString());
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile("pipeline-", ".log");
            Process process = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 5 minutes");
            }
            String output = Files.readString(log);
            Files.delete(log);
            System.out.print(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                        + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
