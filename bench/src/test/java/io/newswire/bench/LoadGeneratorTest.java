package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.tools.bench.BenchCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    @Test
    void retryAfterInSecondsIsHonoured() {
        assertThat(LoadGenerator.retryAfterMillis("3")).isEqualTo(3000);
        assertThat(LoadGenerator.retryAfterMillis(" 1 ")).isEqualTo(1000);
    }

    @Test
    void aMissingOrDateRetryAfterWaitsOneSecond() {
        assertThat(LoadGenerator.retryAfterMillis(null)).isEqualTo(1000);
        assertThat(LoadGenerator.retryAfterMillis("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(1000);
    }

    @Test
    void aZeroRetryAfterStillWaitsALittle() {
        assertThat(LoadGenerator.retryAfterMillis("0")).isEqualTo(100);
    }

    @Test
    void theIdIsReadFromThe202Body() {
        assertThat(LoadGenerator.id("{\"id\":\"5c0b0b5c3c9a4f3e9d1f2e8a7b6c5d4e\"}"))
                .isEqualTo("5c0b0b5c3c9a4f3e9d1f2e8a7b6c5d4e");
        assertThatThrownBy(() -> LoadGenerator.id("{}")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFixedRatePostsEveryDueArticleOnceOverAtMostItsConnections() throws Exception {
        ArticleFeed feed = new ArticleFeed(new BenchCorpus("test", List.of(new BenchCorpus.Document("r-1",
                "Showers continued throughout the week in the Bahia cocoa zone.", LocalDate.of(1987, 2, 26))), 10),
                "https://bench.newswire.test/run/");
        try (AcceptingServer server = new AcceptingServer();
                LoadGenerator load = new LoadGenerator(server.url(), feed, 3)) {
            LoadResult result = load.atRate("fixed", 200, Duration.ofMillis(500), acceptance -> { });

            // 500 ms at one article every 5 ms: articles 0 to 99, each posted and accepted once.
            assertThat(result.posted()).isEqualTo(100);
            assertThat(result.accepted()).extracting(Acceptance::url).doesNotHaveDuplicates().hasSize(100)
                    .allMatch(url -> url.startsWith(feed.urlPrefix("fixed")));
            assertThat(server.urls).hasSize(100);
            assertThat(server.connections.get()).isBetween(1, 3);
        }
    }

    /** Answers every POST with a 202 naming the article's number as its id, on as many connections as it is given. */
    private static final class AcceptingServer implements AutoCloseable {
        private static final Pattern URL = Pattern.compile("\"url\":\"([^\"]+)\"");
        final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final Set<String> urls = ConcurrentHashMap.newKeySet();
        final AtomicInteger connections = new AtomicInteger();

        AcceptingServer() throws IOException {
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        connections.incrementAndGet();
                        Thread.ofVirtual().start(() -> serve(socket));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private void serve(Socket socket) {
            try (socket) {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream();
                while (true) {
                    int length = -1;
                    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                        if (line.startsWith("Content-Length: ")) {
                            length = Integer.parseInt(line.substring(16));
                        }
                    }
                    if (length < 0) {
                        return;
                    }
                    char[] body = new char[length];
                    for (int read = 0; read < length; ) {
                        read += in.read(body, read, length - read);
                    }
                    Matcher url = URL.matcher(new String(body));
                    if (!url.find()) {
                        return;
                    }
                    urls.add(url.group(1));
                    String answer = "{\"id\":\"" + url.group(1).substring(url.group(1).lastIndexOf('/') + 1) + "\"}";
                    out.write(("HTTP/1.1 202 Accepted\r\nContent-Length: " + answer.length() + "\r\n\r\n" + answer)
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                // the client closed the connection
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
