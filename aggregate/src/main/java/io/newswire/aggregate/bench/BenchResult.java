package io.newswire.aggregate.bench;

/** What a counting bench measured: events into counts per second, and state on disk per million contacts. */
public record BenchResult(int events, double seconds, long contacts, long stateBytes) {
    public double eventsPerSecond() {
        return events / seconds;
    }

    public double bytesPerMillionContacts() {
        return contacts == 0 ? 0 : stateBytes * 1_000_000.0 / contacts;
    }
}
