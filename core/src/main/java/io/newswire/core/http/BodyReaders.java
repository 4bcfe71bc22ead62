package io.newswire.core.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;

/**
 * Lets at most so many requests read a body at once. Reading a body holds a request thread for as long as the client
 * takes to send it; without a bound, slow senders (one byte every few seconds) would take every thread and starve
 * {@code /health}. A request with a body beyond the bound gets 503 with {@code Retry-After} without being read.
 */
final class BodyReaders implements Filter {
    private final Semaphore permits;
    private final BiConsumer<HttpServletResponse, String> busy;

    /** @param busy writes the 503 answer (status, headers and body) */
    BodyReaders(int maxReaders, BiConsumer<HttpServletResponse, String> busy) {
        this.permits = new Semaphore(maxReaders);
        this.busy = busy;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!hasBody((HttpServletRequest) request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!permits.tryAcquire()) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("Connection", "close");
            busy.accept(http, "The server is reading as many request bodies as it takes at once; send again shortly");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
