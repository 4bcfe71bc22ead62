package io.newswire.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A broker data directory held by one supervising process at a time. The file lock is released by the OS when its
 * holder dies, even by SIGKILL, so a lock that cannot be taken means a live owner; the file says who, for people.
 */
final class DirectoryLock implements AutoCloseable {
    static final String FILE_NAME = "newswire.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the directory, or fails naming the process that holds it. */
    static DirectoryLock claim(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new IllegalStateException("The broker data directory " + dir + " is in use by another running newswire ("
                        + Files.readString(file, StandardCharsets.UTF_8).strip().replace('\n', ',') + "); stop it or use another data directory");
            }
            DirectoryLock claimed = new DirectoryLock(file, channel, lock);
            claimed.record(null);
            return claimed;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot lock " + file, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Writes who supervises the directory and which broker process runs on it. */
    synchronized void record(Long brokerPid) {
        String text = "supervisor=" + ProcessHandle.current().pid() + "\n" + (brokerPid == null ? "" : "broker=" + brokerPid + "\n");
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // The channel's close below releases it too.
        }
        closeQuietly(channel);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more to release.
            }
        }
    }
}
