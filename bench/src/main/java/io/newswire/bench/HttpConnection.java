package io.newswire.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that posts JSON and reads the answer: status, {@code Retry-After} and body
 * (by Content-Length or chunked). Deliberately minimal: the load generator shares the machine's cores with the
 * pipeline it measures, and a general-purpose client spends several times the CPU per request. Not for anything
 * but a server that speaks plain HTTP/1.1.
 */
final class HttpConnection implements AutoCloseable {

    /** What a request got. */
    record Answer(int status, String retryAfter, String body) {
    }

    private static final int TIMEOUT_MILLIS = 30_000;

    private final InetSocketAddress address;
    private final byte[] requestHead;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** A connection for {@code POST <path>} of JSON bodies to the URI's host and port. */
    HttpConnection(URI target) {
        this.address = new InetSocketAddress(target.getHost(), target.getPort());
        this.requestHead = ("POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":"
                + target.getPort() + "\r\nContent-Type: application/json\r\nContent-Length: ")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Posts the body; opens the connection first if it is not open (or the server closed it). */
    Answer post(byte[] body) throws IOException {
        if (socket == null) {
            open();
        }
        try {
            out.write(requestHead);
            out.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.connect(address, TIMEOUT_MILLIS);
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        out = new BufferedOutputStream(socket.getOutputStream(), 16384);
    }

    private Answer read() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = statusLine.startsWith("HTTP/1.0");
        String retryAfter = null;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closing = value.equalsIgnoreCase("close");
                case "retry-after" -> retryAfter = value;
                default -> { }
            }
        }
        String body = chunked ? chunkedBody() : new String(in.readNBytes((int) Math.max(0, length)),
                StandardCharsets.UTF_8);
        if (closing) {
            close();
        }
        return new Answer(status, retryAfter, body);
    }

    private String chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int extension = size.indexOf(';');
            int length = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
            if (length == 0) {
                while (!line().isEmpty()) {
                    // trailers: none expected, all ignored
                }
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(in.readNBytes(length));
            line();
        }
    }

    /** A CRLF-terminated line, without its terminator. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }
}
