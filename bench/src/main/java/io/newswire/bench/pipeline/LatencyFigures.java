package io.newswire.bench.pipeline;

/**
 * Latency at one rate of posts, in milliseconds: from the 202 to the enriched record (committed, as a
 * {@code read_committed} consumer sees it) and to the count in the aggregate's API.
 *
 * @param sent     probes posted
 * @param accepted probes answered 202
 * @param counted  probes seen both enriched and in the API's count before the deadline
 * @param answerP50 from the post to its 202 (ingest's own latency; past its capacity, the 202s come late)
 */
public record LatencyFigures(int ratePerSecond, int sent, int accepted, int counted, double achievedRate, double answerP50, double answerP99,
                      double enrichedP50, double enrichedP99, double countedP50, double countedP99,
                      double cpuMillisPerDispatch, double loadAverage) {
}
