package io.newswire.core.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Lets at most so many requests wait for their body at once. Reading a body holds a request thread for as long as the
 * client takes to send it; without a bound, slow senders (one byte every few seconds) would take every thread and
 * starve {@code /health}. A request with a body beyond the bound gets 503 with {@code Retry-After} without being read.
 * The place is given back as soon as the body has been read to its end (or failed), not when the answer is sent, so a
 * request that then waits on Kafka does not hold it. A body that arrives slower than the minimum rate ({@link MinimumBodyRate})
 * fails its read with a 408.
 */
final class BodyReaders implements Filter {
    private final Semaphore permits;
    private final long minBytesPerSecond;
    private final BiConsumer<HttpServletResponse, String> busy;

    /**
     * @param minBytesPerSecond the slowest a body may arrive on average (0: no minimum)
     * @param busy              writes the 503 answer (status, headers and body)
     */
    BodyReaders(int maxReaders, long minBytesPerSecond, BiConsumer<HttpServletResponse, String> busy) {
        this.permits = new Semaphore(maxReaders);
        this.minBytesPerSecond = minBytesPerSecond;
        this.busy = busy;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!hasBody(http)) {
            chain.doFilter(request, response);
            return;
        }
        if (!permits.tryAcquire()) {
            HttpServletResponse answer = (HttpServletResponse) response;
            answer.setHeader("Connection", "close");
            busy.accept(answer, "The server is reading as many request bodies as it takes at once; send again shortly");
            return;
        }
        Place place = new Place();
        try {
            chain.doFilter(new Reading(http, place, new MinimumBodyRate(minBytesPerSecond, System.nanoTime())), response);
        } finally {
            place.giveBack();
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** One request's place among the readers, given back once. */
    private final class Place {
        private final AtomicBoolean held = new AtomicBoolean(true);

        void giveBack() {
            if (held.compareAndSet(true, false)) {
                permits.release();
            }
        }
    }

    /** The request, whose body gives its place back when read to the end or when reading fails. */
    private static final class Reading extends HttpServletRequestWrapper {
        private final Place place;
        private final MinimumBodyRate rate;
        private ServletInputStream body;

        Reading(HttpServletRequest request, Place place, MinimumBodyRate rate) {
            super(request);
            this.place = place;
            this.rate = rate;
        }

        @Override
        public synchronized ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new Body(super.getInputStream(), place, rate);
            }
            return body;
        }
    }

    private static final class Body extends ServletInputStream {
        private final ServletInputStream in;
        private final Place place;
        private final MinimumBodyRate rate;

        Body(ServletInputStream in, Place place, MinimumBodyRate rate) {
            this.in = in;
            this.place = place;
            this.rate = rate;
        }

        @Override
        public int read() throws IOException {
            return ended(guarded(() -> {
                int b = in.read();
                if (b >= 0) {
                    rate.arrived(1, System.nanoTime());
                }
                return b;
            }));
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return ended(guarded(() -> {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    rate.arrived(n, System.nanoTime());
                }
                return n;
            }));
        }

        private int guarded(IoRead read) throws IOException {
            try {
                return read.read();
            } catch (IOException | RuntimeException e) {
                place.giveBack();
                throw e;
            }
        }

        private int ended(int n) {
            if (n < 0) {
                place.giveBack();
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    @FunctionalInterface
    private interface IoRead {
        int read() throws IOException;
    }
}
