package io.newswire.bench;

import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.EnrichedDispatch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A digest of the tags of every dispatch of the bench corpus (-Dnewswire.bench.corpus, as for JMH), the tagging time
 * left out: a change meant to make the tagger faster must leave it as it was.
 */
public final class TagDigest {

    private TagDigest() {
    }

    public static void main(String[] args) throws NoSuchAlgorithmException {
        TextCorpus corpus = TextCorpus.fromProperties();
        Tagger tagger = HoldersOverlay.tagger();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Dispatch d : corpus.dispatches()) {
            EnrichedDispatch tagged = tagger.tag(d);
            tagged.setEnrichedAt(Instant.EPOCH);     // the only field that changes from run to run
            digest.update(tagged.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        System.out.printf("%s: %d dispatches, tags digest %s%n", corpus.name(), corpus.dispatches().size(), HexFormat.of().formatHex(digest.digest()));
    }
}
