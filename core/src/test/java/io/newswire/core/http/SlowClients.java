package io.newswire.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bounded abusive clients on loopback: connections that send their request headers, or their body, one byte every so
 * often (slowloris and slow POST), for a bounded time. One scheduler drips every connection, so 500 of them cost two
 * threads. Counts how each connection ended: answered (with which status line), closed by the server, or still open.
 */
public final class SlowClients implements AutoCloseable {
    /** How one connection ended. */
    public enum End { ANSWERED, CLOSED_BY_SERVER, OPEN }

    private final List<Drip> drips = new ArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "slow-clients");
        thread.setDaemon(true);
        return thread;
    });

    /** Opens {@code count} connections whose request headers arrive one byte every {@code every}. */
    public SlowClients headers(int port, int count, Duration every) throws IOException {
        byte[] request = ("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + "x".repeat(200) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < count; i++) {
            add(port, new byte[0], request, every);
        }
        return this;
    }

    /** Opens {@code count} connections that send full headers for a POST, then the body one byte every {@code every}. */
    public SlowClients bodies(int port, String path, int count, Duration every) throws IOException {
        int length = 10_000;
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: " + length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[length];
        Arrays.fill(body, (byte) 'a');
        for (int i = 0; i < count; i++) {
            add(port, head, body, every);
        }
        return this;
    }

    private void add(int port, byte[] atOnce, byte[] dripped, Duration every) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(1);
        Drip drip = new Drip(socket, dripped);
        if (atOnce.length > 0) {
            socket.getOutputStream().write(atOnce);
        }
        drips.add(drip);
        scheduler.scheduleWithFixedDelay(drip::next, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How many connections ended each way so far. */
    public int count(End end) {
        return (int) drips.stream().filter(d -> d.end() == end).count();
    }

    /** How many were answered with a status line starting with {@code status} ("HTTP/1.1 503"). */
    public int answered(String statusLine) {
        return (int) drips.stream().filter(d -> d.statusLine != null && d.statusLine.startsWith(statusLine)).count();
    }

    public int size() {
        return drips.size();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        drips.forEach(Drip::close);
    }

    /** GETs {@code path} every {@code every} for {@code duration}; returns each answer's time in milliseconds (-1 for a failure). */
    public static List<Long> timeRequests(int port, String path, Duration duration, Duration every) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            client.send(request, HttpResponse.BodyHandlers.discarding());  // the client's own first-use cost is not the server's
        } catch (IOException e) {
            // measured below
        }
        List<Long> millis = new ArrayList<>();
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                millis.add(response.statusCode() == 200 ? (System.nanoTime() - start) / 1_000_000 : -1);
            } catch (IOException e) {
                millis.add(-1L);
            }
            Thread.sleep(every.toMillis());
        }
        return millis;
    }

    /** One connection and the bytes it still has to send, one at a time. */
    private static final class Drip {
        private final Socket socket;
        private final byte[] bytes;
        private int sent;
        private volatile boolean closedByServer;
        private volatile String statusLine;

        Drip(Socket socket, byte[] bytes) {
            this.socket = socket;
            this.bytes = bytes;
        }

        synchronized void next() {
            if (closedByServer || statusLine != null || socket.isClosed()) {
                return;
            }
            readAnswer();
            if (closedByServer || statusLine != null) {
                return;
            }
            try {
                if (sent < bytes.length) {
                    OutputStream out = socket.getOutputStream();
                    out.write(bytes[sent++]);
                    out.flush();
                }
            } catch (IOException e) {
                closedByServer = true;
            }
        }

        /** Reads whatever the server sent: a status line, or the end of the stream. */
        private void readAnswer() {
            try {
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[512];
                int n = in.read(buffer);
                if (n < 0) {
                    closedByServer = true;
                } else if (n > 0) {
                    String text = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                    statusLine = text.lines().findFirst().orElse("");
                }
            } catch (java.net.SocketTimeoutException nothingYet) {
                // the server has said nothing yet
            } catch (IOException e) {
                closedByServer = true;
            }
        }

        End end() {
            synchronized (this) {
                if (statusLine == null && !closedByServer) {
                    readAnswer();
                }
            }
            return statusLine != null ? End.ANSWERED : closedByServer ? End.CLOSED_BY_SERVER : End.OPEN;
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing at the end of the test
            }
        }
    }
}
