package io.newswire.bench.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A newsroom's client as the latency bench posts with it: a bounded pool of kept-alive HTTP/1.1 connections, each
 * posting the next waiting dispatch once its previous one is answered. Posts beyond the pool wait their turn in a
 * queue on the client's side, as they would behind any real client's pool, and that wait is part of their time to
 * the answer; no post ever waits for a connection to be opened for it.
 */
final class PostingPool implements AutoCloseable {
    /** Where a post's outcome goes: its HTTP status, or 0 and the name of what failed it. */
    @FunctionalInterface
    interface Outcome {
        void answered(int status, String failure);
    }

    private record Post(byte[] body, Outcome outcome) {
    }

    private final String host;
    private final int port;
    private final String path;
    private final String contentType;
    private final BlockingQueue<Post> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> connections = new ArrayList<>();

    private PostingPool(String host, int port, String path, String contentType) {
        this.host = host;
        this.port = port;
        this.path = path;
        this.contentType = contentType;
    }

    /** Opens {@code size} connections, each with its own thread. */
    static PostingPool open(String host, int port, String path, String contentType, int size) throws IOException {
        PostingPool pool = new PostingPool(host, port, path, contentType);
        try {
            for (int i = 0; i < size; i++) {
                KeepAliveConnection connection = pool.connect();
                Thread thread = new Thread(() -> pool.postWaiting(connection), "bench-posting-pool-" + pool.connections.size());
                thread.setDaemon(true);
                pool.connections.add(thread);
                thread.start();
            }
        } catch (IOException e) {
            pool.close();
            throw e;
        }
        return pool;
    }

    /** Queues a post; its outcome comes from one of the pool's threads once a connection has posted it. */
    void post(byte[] body, Outcome outcome) {
        waiting.add(new Post(body, outcome));
    }

    private KeepAliveConnection connect() throws IOException {
        return new KeepAliveConnection(host, port, path, contentType);
    }

    private void postWaiting(KeepAliveConnection first) {
        KeepAliveConnection connection = first;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Post post = waiting.take();
                try {
                    post.outcome().answered(connection.post(post.body()), null);
                } catch (IOException e) {
                    // A connection the server closed is opened again for the next post, as a client's pool does.
                    post.outcome().answered(0, e.getClass().getSimpleName());
                    connection.close();
                    connection = connect();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // cannot reconnect: this connection's thread ends, the others go on
        } finally {
            try {
                connection.close();
            } catch (IOException e) {
                // closing on the way out
            }
        }
    }

    @Override
    public void close() {
        connections.forEach(Thread::interrupt);
    }
}
