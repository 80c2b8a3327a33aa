package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {

    /** Answers each request on a connection with the next canned answer; records the requests and connections. */
    private final class CannedServer implements AutoCloseable {
        final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final List<String> requests = new CopyOnWriteArrayList<>();
        final AtomicInteger connections = new AtomicInteger();
        final Thread acceptor;

        CannedServer(String... answers) throws IOException {
            List<String> remaining = new ArrayList<>(List.of(answers));
            acceptor = Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        connections.incrementAndGet();
                        serve(socket, remaining);
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private void serve(Socket socket, List<String> answers) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            while (!answers.isEmpty()) {
                StringBuilder request = new StringBuilder();
                int length = 0;
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    request.append(line).append('\n');
                    if (line.startsWith("Content-Length: ")) {
                        length = Integer.parseInt(line.substring(16));
                    }
                }
                char[] body = new char[length];
                int read = 0;
                while (read < length) {
                    read += in.read(body, read, length - read);
                }
                requests.add(request + new String(body));
                String answer = answers.remove(0);
                out.write(answer.getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (answer.contains("Connection: close")) {
                    return;
                }
            }
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/articles");
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    private CannedServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void postsJsonAndReadsALengthDelimitedAnswerOnAKeptAliveConnection() throws IOException {
        server = new CannedServer(
                "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 8\r\n\r\n{\"id\":1}",
                "HTTP/1.1 202 Accepted\r\ncontent-length: 8\r\n\r\n{\"id\":2}");
        try (HttpConnection connection = new HttpConnection(server.uri())) {
            assertThat(connection.post("{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(new HttpConnection.Answer(202, null, "{\"id\":1}"));
            assertThat(connection.post("{}".getBytes(StandardCharsets.UTF_8)).body()).isEqualTo("{\"id\":2}");
        }
        assertThat(server.connections.get()).isEqualTo(1);
        assertThat(server.requests.get(0)).startsWith("POST /articles HTTP/1.1\n")
                .contains("Content-Type: application/json\n", "Content-Length: 7\n").endsWith("\n{\"a\":1}");
    }

    @Test
    void readsAChunkedAnswerAndItsRetryAfter() throws IOException {
        server = new CannedServer("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3;ext=1\r\n:1}\r\n0\r\n\r\n");
        try (HttpConnection connection = new HttpConnection(server.uri())) {
            assertThat(connection.post(new byte[0])).isEqualTo(new HttpConnection.Answer(503, "1", "{\"a\":1}"));
        }
    }

    @Test
    void opensANewConnectionAfterTheServerClosedOne() throws IOException {
        server = new CannedServer("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
                "HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\n{}");
        try (HttpConnection connection = new HttpConnection(server.uri())) {
            assertThat(connection.post(new byte[0]).status()).isEqualTo(400);
            assertThat(connection.post(new byte[0]).status()).isEqualTo(202);
        }
        assertThat(server.connections.get()).isEqualTo(2);
    }
}
