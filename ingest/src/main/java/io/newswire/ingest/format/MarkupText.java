package io.newswire.ingest.format;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.Locale;
import java.util.Set;

/**
 * Turns HTML or XHTML body markup into plain text, one paragraph per block element, separated by a blank
 * line, as enrich wants it. jsoup parses the markup the way a browser would, so entities like
 * {@code &nbsp;} and unclosed tags are fine.
 */
final class MarkupText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "figure", "figcaption", "hr", "address", "block", "hl1", "hl2", "body.content", "nitf");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "object", "iframe", "title");

    private MarkupText() {
    }

    static String of(String markup) {
        Element root = Jsoup.parseBodyFragment(markup).body();
        StringBuilder text = new StringBuilder();
        root.traverse(new Collector(text));
        return tidy(text);
    }

    private static final class Collector implements NodeVisitor {
        private final StringBuilder text;
        private int skipping;

        Collector(StringBuilder text) {
            this.text = text;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName().toLowerCase(Locale.ROOT);
                if (SKIPPED.contains(name)) {
                    skipping++;
                } else if (skipping == 0 && BLOCKS.contains(name)) {
                    text.append("\n\n");
                } else if (skipping == 0 && name.equals("br")) {
                    text.append('\n');
                }
            } else if (node instanceof TextNode textNode && skipping == 0) {
                text.append(textNode.getWholeText().replaceAll("\\s+", " "));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName().toLowerCase(Locale.ROOT);
                if (SKIPPED.contains(name)) {
                    skipping--;
                } else if (skipping == 0 && BLOCKS.contains(name)) {
                    text.append("\n\n");
                }
            }
        }
    }

    /** Trims each line, drops spaces around line breaks and keeps at most one blank line between paragraphs. */
    static String tidy(CharSequence raw) {
        String[] lines = raw.toString().replace('\u00a0', ' ').split("\n", -1);
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : lines) {
            String trimmed = line.replaceAll("[ \\t]+", " ").strip();
            if (trimmed.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(trimmed);
            blank = 0;
        }
        return out.toString();
    }
}
