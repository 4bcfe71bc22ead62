package io.newswire.bench.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection posting pre-built requests and reading each answer's status: the bench's load
 * generator, a blocking socket per client so that the clients take as little as possible of the CPU the server is
 * measured on (the JDK's client costs about as much per request as the server it calls).
 */
final class KeepAliveConnection implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] head;

    /** {@code head} is the request line and headers up to, not including, the Content-Length header. */
    KeepAliveConnection(String host, int port, String path, String contentType) throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: " + contentType + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Posts the body made of {@code parts} and returns the answer's status once its body has been read. */
    int post(byte[]... parts) throws IOException {
        long length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        out.write(head);
        out.write(("Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        for (byte[] part : parts) {
            out.write(part);
        }
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("Not an HTTP/1.1 answer: " + status);
        }
        long contentLength = 0;
        boolean chunked = false;
        for (String header; !(header = line()).isEmpty(); ) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                contentLength = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size; (size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0; ) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else {
            skip(contentLength);
        }
        return Integer.parseInt(status.substring(9, 12));
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new EOFException("The server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void skip(long bytes) throws IOException {
        in.skipNBytes(bytes);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
