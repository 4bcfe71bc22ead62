package io.newswire.bench;

import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.EnrichedDispatch;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One operation = the whole gold corpus. {@code tagCorpus} tags every dispatch; {@code avroRoundTrip} encodes and
 * decodes the same enriched records in Avro binary, the floor any Kafka stage pays per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class TaggerBenchmark {

    List<Dispatch> corpus;
    List<EnrichedDispatch> enriched;
    Tagger tagger;
    final SpecificDatumWriter<EnrichedDispatch> writer = new SpecificDatumWriter<>(EnrichedDispatch.class);
    final SpecificDatumReader<EnrichedDispatch> reader = new SpecificDatumReader<>(EnrichedDispatch.class);

    @Setup
    public void setUp() {
        corpus = TextCorpus.fromProperties().dispatches();
        tagger = HoldersOverlay.tagger();
        enriched = new ArrayList<>();
        for (Dispatch d : corpus) enriched.add(tagger.tag(d));
    }

    @Benchmark
    public void tagCorpus(Blackhole bh) {
        for (Dispatch d : corpus) bh.consume(tagger.tag(d));
    }

    @Benchmark
    public void avroRoundTrip(Blackhole bh) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        BinaryEncoder encoder = null;
        BinaryDecoder decoder = null;
        for (EnrichedDispatch e : enriched) {
            out.reset();
            encoder = EncoderFactory.get().binaryEncoder(out, encoder);
            writer.write(e, encoder);
            encoder.flush();
            decoder = DecoderFactory.get().binaryDecoder(out.toByteArray(), decoder);
            bh.consume(reader.read(null, decoder));
        }
    }
}
