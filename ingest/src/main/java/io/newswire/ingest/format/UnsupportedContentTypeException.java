package io.newswire.ingest.format;

/** The content type is not one ingest reads (HTTP 415). */
public class UnsupportedContentTypeException extends InvalidDispatchException {
    private final String contentType;

    public UnsupportedContentTypeException(String contentType) {
        super("Content type '" + contentType + "' is not accepted; send application/json (Dispatch JSON or IPTC ninjs),"
                + " application/xml (NewsML-G2 newsItem) or text/plain");
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
