package io.newswire.core;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.streams.StreamsConfig;

import java.util.Map;

/**
 * The largest record a newswire producer may send, from the one declared {@code topic.max.message.bytes}: the
 * producers' {@code max.request.size} is 1/64 below it (room for compression that does not shrink), and records are
 * measured the way the producer measures them, so a record that passes here is never refused as too large.
 *
 * @param maxBytes largest record, as the producer counts it (batch overhead, key, value, headers)
 */
public record RecordLimit(int maxBytes) {
    /** Room kept for the headers a dead letter adds, so any record accepted at the door can also be dead-lettered. */
    public static final int DEAD_LETTER_ROOM = 16 * 1024;

    public static RecordLimit of(CommonConfig config) {
        int topicLimit = config.getInt(CommonConfig.TOPIC_MAX_MESSAGE_BYTES);
        return new RecordLimit(topicLimit - topicLimit / 64);
    }

    /** The limit a Streams app's producer enforces ({@link StreamsDefaults} sets it; Kafka's default otherwise). */
    public static RecordLimit ofStreams(Map<String, Object> appConfigs) {
        Object size = appConfigs.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        return new RecordLimit(size == null ? 1024 * 1024 : Integer.parseInt(size.toString()));
    }

    /** The producer settings that go with it. */
    public Map<String, Object> producerSettings() {
        return Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxBytes);
    }

    /** The largest record a source may write: one that could still be dead-lettered with its reason. */
    public RecordLimit forSources() {
        return new RecordLimit(maxBytes - DEAD_LETTER_ROOM);
    }

    public static int sizeOf(byte[] key, byte[] value, Headers headers) {
        Header[] array = headers == null ? new Header[0] : headers.toArray();
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE, key, value, array);
    }

    public boolean fits(byte[] key, byte[] value, Headers headers) {
        return sizeOf(key, value, headers) <= maxBytes;
    }

    /** Why a record of this size cannot be written, for a refusal or a dead letter. */
    public String tooLarge(String what, int size) {
        return what + " is " + size + " bytes, over the limit of " + maxBytes + " bytes (" + CommonConfig.TOPIC_MAX_MESSAGE_BYTES + " less 1/64)";
    }
}
