package io.newswire.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

/** The console log of the running Quarkus application, as its configuration set it up. */
public final class ConsoleLog {

    private static final String MESSAGE = "article \"a1\" enriched";

    /** The test profile of a service started with QUARKUS_LOG_CONSOLE_JSON_ENABLED=true. */
    public static class JsonSwitchedOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.console.json.enabled", "true");
        }
    }

    private ConsoleLog() {
    }

    /** Fails unless the console writes a record as one line: a JSON object with its message, level and logger. */
    public static void assertJson(String loggerName) {
        String line = format(loggerName);
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("the console line is not JSON: " + line, e);
        }
        check(line.strip().indexOf('\n') < 0, "one line", line);
        check(MESSAGE.equals(json.path("message").asText()), "the message", line);
        check("INFO".equals(json.path("level").asText()), "the level", line);
        check(loggerName.equals(json.path("loggerName").asText()), "the logger", line);
        check(json.hasNonNull("timestamp"), "a timestamp", line);
    }

    /** Fails unless the console writes a record as plain text, as it does by default. */
    public static void assertPlain(String loggerName) {
        String line = format(loggerName);
        check(!line.startsWith("{") && line.contains(MESSAGE), "plain text", line);
    }

    private static void check(boolean holds, String what, String line) {
        if (!holds) {
            throw new AssertionError("expected " + what + " in the console line " + line);
        }
    }

    /** How the console handler writes a record, exactly as it would print it. */
    private static String format(String loggerName) {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, MESSAGE, ConsoleLog.class.getName());
        record.setLoggerName(loggerName);
        return consoleHandler().getFormatter().format(record);
    }

    /** Quarkus hangs its handlers below a delayed handler on the root logger: searched breadth first. */
    private static ConsoleHandler consoleHandler() {
        Deque<Handler> handlers = new ArrayDeque<>(List.of(LogContext.getLogContext().getLogger("").getHandlers()));
        while (!handlers.isEmpty()) {
            Handler handler = handlers.poll();
            if (handler instanceof ConsoleHandler console) {
                return console;
            }
            if (handler instanceof ExtHandler parent) {
                handlers.addAll(List.of(parent.getHandlers()));
            }
        }
        throw new AssertionError("no console handler on the root logger");
    }
}
