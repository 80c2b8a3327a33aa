package io.newswire.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The local stack as {@code ./pipeline} runs it: the bench starts and stops services through the script (with
 * settings as environment variables, which Quarkus maps onto its keys), finds their pids in the state folder, and
 * pauses a service (SIGSTOP) to measure the others alone. Whatever it paused it resumes, also on the way out.
 */
final class LocalStack {

    static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "index-service");
    static final List<String> PROCESSES = List.of("kafka", "elasticsearch", "ingest-service", "enrich-service",
            "index-service");

    private final Path script;
    private final Path state;
    private final Set<Long> paused = ConcurrentHashMap.newKeySet();

    LocalStack(Path script, Path state) {
        this.script = script;
        this.state = state;
        Runtime.getRuntime().addShutdownHook(new Thread(this::resumeAll));
    }

    void up() throws IOException {
        run(Map.of(), "up");
    }

    /** Stops the service if it runs and starts it with these settings on top of its application.properties. */
    void restart(String service, Map<String, String> environment) throws IOException {
        run(Map.of(), "stop", service);
        run(environment, "start", service);
    }

    long pid(String component) throws IOException {
        Path file = state.resolve("run").resolve(component + ".pid");
        if (!Files.exists(file)) {
            throw new IOException(component + " is not running (no " + file + ")");
        }
        return Long.parseLong(Files.readString(file).strip());
    }

    void pause(String component) throws IOException {
        long pid = pid(component);
        signal("STOP", pid);
        paused.add(pid);
    }

    void resume(String component) throws IOException {
        long pid = pid(component);
        signal("CONT", pid);
        paused.remove(pid);
    }

    void resumeAll() {
        for (Long pid : List.copyOf(paused)) {
            try {
                signal("CONT", pid);
                paused.remove(pid);
            } catch (IOException e) {
                System.err.println("bench: could not resume pid " + pid + ": " + e.getMessage());
            }
        }
    }

    private static void signal(String signal, long pid) throws IOException {
        exec(List.of("kill", "-" + signal, Long.toString(pid)), Map.of());
    }

    private void run(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        exec(command, environment);
    }

    private static void exec(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed:\n"
                        + new String(output, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e);
        }
    }
}
