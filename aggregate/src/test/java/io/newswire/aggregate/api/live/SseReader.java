package io.newswire.aggregate.api.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** A Server-Sent Events client as a browser's EventSource is: it sends Last-Event-ID and remembers the last id it was sent. */
final class SseReader implements AutoCloseable {
    /** One message: its event name, data and the id in force after it (the last id sent so far). */
    record Message(String event, String data, String lastId) {
    }

    private final HttpURLConnection connection;
    private final BlockingQueue<Message> messages = new ArrayBlockingQueue<>(100_000);
    private final Thread reader;
    private final int status;

    SseReader(String url, String lastEventId) throws IOException {
        connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestProperty("Accept", "text/event-stream");
        if (lastEventId != null) {
            connection.setRequestProperty("Last-Event-ID", lastEventId);
        }
        connection.setReadTimeout(0);
        status = connection.getResponseCode();
        InputStream body = status == 200 ? connection.getInputStream() : connection.getErrorStream();
        reader = new Thread(() -> read(body, lastEventId), "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    int status() {
        return status;
    }

    private void read(InputStream body, String lastId) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = "message";
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        messages.add(new Message(event, data.toString(), lastId));
                    }
                    event = "message";
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    lastId = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (IOException e) {
            // closed by the test
        }
    }

    /** The next {@code count} messages of this event name (others skipped), waiting at most {@code seconds}. */
    List<Message> next(String event, int count, int seconds) throws InterruptedException {
        List<Message> got = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (got.size() < count) {
            Message m = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null) {
                throw new AssertionError("Got " + got.size() + " of " + count + " '" + event + "' messages in " + seconds + " s");
            }
            if (m.event().equals(event)) {
                got.add(m);
            }
        }
        return got;
    }

    /** Messages of this name arriving within the time, however many. */
    List<Message> drain(String event, int millis) throws InterruptedException {
        List<Message> got = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        Message m;
        while ((m = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            if (m.event().equals(event)) {
                got.add(m);
            }
        }
        return got;
    }

    @Override
    public void close() {
        connection.disconnect();
        reader.interrupt();
    }
}
