package io.newswire.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.core.DeadLetters;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts every dead letter an app's producer sends, by stage and reason ({@code newswire_dead_letters_total}): one
 * place sees them all, whichever step wrote them. The reason is the failure's exception class, or {@code rule} when a
 * rule refused the record (late, untrusted dates, over a limit: the stage says which). Letters of a transaction that
 * aborts are counted too: the meter says what was tried.
 */
public final class DeadLetterCounter implements ProducerInterceptor<Object, Object> {
    /** Producer configuration key holding the {@link MeterRegistry}. */
    public static final String METERS = "newswire.dead.letters.meters";
    /** Producer configuration key holding the dead-letter topic's name. */
    public static final String TOPIC = "newswire.dead.letters.topic";
    private static final Pattern EXCEPTION = Pattern.compile("\\b([A-Z]\\w*(?:Exception|Error))\\b");

    private MeterRegistry registry;
    private String topic;

    @Override
    public void configure(Map<String, ?> configs) {
        registry = configs.get(METERS) instanceof MeterRegistry meters ? meters : null;
        topic = configs.get(TOPIC) == null ? null : String.valueOf(configs.get(TOPIC));
    }

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        if (registry != null && record.topic().equals(topic)) {
            count(registry, record.headers());
        }
        return record;
    }

    /** Counts one dead letter from its headers. */
    public static void count(MeterRegistry registry, Headers headers) {
        Counter.builder("newswire.dead.letters").description("Records sent to the dead-letter topic, by stage and reason")
                .tag("stage", text(headers, DeadLetters.STAGE, "unknown"))
                .tag("reason", reason(headers))
                .register(registry).increment();
    }

    static String reason(Headers headers) {
        String exception = text(headers, DeadLetters.EXCEPTION, null);
        if (exception != null) {
            return exception.substring(exception.lastIndexOf('.') + 1);
        }
        Matcher named = EXCEPTION.matcher(text(headers, DeadLetters.REASON, ""));
        return named.find() ? named.group(1) : "rule";
    }

    private static String text(Headers headers, String name, String absent) {
        Header header = headers.lastHeader(name);
        return header == null ? absent : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public void close() {
    }
}
