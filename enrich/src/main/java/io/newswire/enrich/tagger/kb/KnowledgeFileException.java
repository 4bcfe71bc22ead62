package io.newswire.enrich.tagger.kb;

/** A knowledge file that is missing or wrong; the message names the file, the line and what is wrong. */
public final class KnowledgeFileException extends RuntimeException {

    public KnowledgeFileException(String message) {
        super(message);
    }

    public KnowledgeFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
