package io.newswire.core.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.newswire.core.LogSafe;

/**
 * {@code %safeMsg}: the log message with control characters escaped, so that nothing in it, whoever forgot to
 * escape a value, can end the line and forge the next one. The layout's own newline ends the line.
 */
public final class SafeMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return LogSafe.escape(event.getFormattedMessage());
    }
}
