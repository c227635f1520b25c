package org.lantern.bench.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.lantern.bench.Options;
import org.lantern.bench.UsageException;
import org.lantern.shared.events.LanternEvent;
import org.lantern.shared.events.Topics;
import tools.jackson.databind.JsonNode;

/**
 * {@code pipeline --requests N [--rate R]}: Lantern's event path end to end. On a private stack (see
 * {@link PipelineStack}) it loads a generated catalogue into the matching-service through Kafka, measures the raw
 * broker on N records like the requests, then publishes the N learning requests (R a second, or as fast as the
 * producer goes) and times each from its publish to its first decision on {@code lantern.matches}. Prints one JSON
 * line; progress goes to stderr. Exit status 1, with what is missing, if any request goes undecided.
 */
public final class PipelineCommand {

	public static final Set<String> OPTIONS = Set.of("requests", "rate");

	/** How long to wait for a step: generous, since a slow machine is not a failure, but a lost record must end the run. */
	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final Duration PATIENCE_PER_RECORD = Duration.ofMillis(200);

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

	private PipelineCommand() {
	}

	public static int run(Options options, PrintStream out, PrintStream err) {
		int requests = options.integer("requests", -1);
		if (requests < 1) {
			throw new UsageException("pipeline: --requests N is required and must be at least 1");
		}
		Integer rate = null;
		if (options.optional("rate") != null) {
			rate = options.integer("rate", 0);
			if (rate < 1) {
				throw new UsageException("pipeline: --rate R must be at least 1 request a second");
			}
		}
		Path serviceJar = PipelineStack.serviceJar();
		if (!Files.isRegularFile(serviceJar)) {
			err.println("lantern-bench: pipeline runs the matching-service from " + serviceJar
					+ ", which does not exist; build it from the project root with: " + PipelineStack.BUILD_COMMAND);
			return 1;
		}
		PipelineWorkload workload = PipelineWorkload.generate(requests);
		err.printf("pipeline: %d requests, %d innovations (%d with an evaluation) over %d councils, seed %d%n",
				workload.requestCount(), workload.innovationCount(), workload.evaluationCount(),
				PipelineWorkload.COUNCILS, PipelineWorkload.SEED);
		try (PipelineStack stack = PipelineStack.start(serviceJar, err)) {
			return measure(stack, workload, rate, out, err);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			err.println("lantern-bench: pipeline interrupted");
			return 1;
		}
		catch (IOException | ExecutionException | TimeoutException | RuntimeException ex) {
			err.println("lantern-bench: pipeline failed: " + ex.getMessage());
			return 1;
		}
	}

	private static int measure(PipelineStack stack, PipelineWorkload workload, Integer rate, PrintStream out,
			PrintStream err) throws IOException, InterruptedException, ExecutionException, TimeoutException {
		int n = workload.requestCount();
		loadCatalogue(stack, workload, err);

		// The same requests (other event ids, a moment earlier): the same keys and, to a few bytes, the same values.
		List<ProducerRecord<String, String>> sample = IntStream.range(0, n)
			.mapToObj(i -> CloudEvents.record(workload.request(i, Instant.now())))
			.toList();
		double rawSeconds = RawKafkaBaseline.measure(stack, sample, patience(n));
		err.printf("pipeline: raw Kafka moved %d records in %.3f s%n", n, rawSeconds);

		try (DecisionWatcher watcher = DecisionWatcher.start(stack, Set.copyOf(workload.requestIds()))) {
			Published published = publish(stack, workload, rate, err);
			if (!awaitDecisions(stack, watcher, n, err)) {
				reportMissing(stack, workload, watcher, err);
				return 1;
			}
			out.println(CloudEvents.JSON.writeValueAsString(figures(workload, rate, published, watcher.decisions(),
					rawSeconds)));
			return 0;
		}
	}

	/**
	 * The contract's figures in its order, then the extras: {@code toDecisionMs*} (publish to the service's decision,
	 * by the decision event's {@code time}) and {@code relayMs*} (from there to its arrival: the outbox relay).
	 */
	private static Map<String, Object> figures(PipelineWorkload workload, Integer rate, Published published,
			Map<String, DecisionWatcher.Decision> decisions, double rawSeconds) {
		int n = workload.requestCount();
		List<String> ids = workload.requestIds();
		double[] latencyMs = new double[n];
		double[] toDecisionMs = new double[n];
		double[] relayMs = new double[n];
		long lastDecision = Long.MIN_VALUE;
		int matched = 0;
		for (int i = 0; i < n; i++) {
			DecisionWatcher.Decision d = decisions.get(ids.get(i));
			latencyMs[i] = (d.at() - published.at()[i]) / 1e6;
			toDecisionMs[i] = Duration.between(published.wall()[i], d.decided()).toNanos() / 1e6;
			relayMs[i] = Duration.between(d.decided(), d.arrived()).toNanos() / 1e6;
			lastDecision = Math.max(lastDecision, d.at());
			matched += d.matched() ? 1 : 0;
		}
		Arrays.sort(latencyMs);
		Arrays.sort(toDecisionMs);
		Arrays.sort(relayMs);
		double seconds = (lastDecision - published.at()[0]) / 1e9;
		double throughput = n / seconds;
		double rawPerSec = n / rawSeconds;

		Map<String, Object> line = new LinkedHashMap<>();
		line.put("requests", n);
		line.put("decided", decisions.size());
		line.put("matched", matched);
		line.put("unmatched", decisions.size() - matched);
		line.put("rate", rate);
		line.put("seconds", round(seconds, 3));
		line.put("throughputPerSec", round(throughput, 1));
		line.put("latencyMsP50", round(percentile(latencyMs, 0.50), 1));
		line.put("latencyMsP99", round(percentile(latencyMs, 0.99), 1));
		line.put("rawKafkaSeconds", round(rawSeconds, 3));
		line.put("rawKafkaPerSec", round(rawPerSec, 1));
		line.put("ratio", round(throughput / rawPerSec, 4));
		line.put("recordBytes", Math.round((double) published.bytes() / n));
		line.put("innovations", workload.innovationCount());
		line.put("latencyMsMax", round(latencyMs[n - 1], 1));
		line.put("toDecisionMsP50", round(percentile(toDecisionMs, 0.50), 1));
		line.put("toDecisionMsP99", round(percentile(toDecisionMs, 0.99), 1));
		line.put("relayMsP50", round(percentile(relayMs, 0.50), 1));
		line.put("relayMsP99", round(percentile(relayMs, 0.99), 1));
		return line;
	}

	/** Publishes the catalogue and waits until the matching-service holds all of it, so requests meet a full one. */
	private static void loadCatalogue(PipelineStack stack, PipelineWorkload workload, PrintStream err)
			throws IOException, InterruptedException, ExecutionException {
		long start = System.nanoTime();
		List<Future<RecordMetadata>> sent = new ArrayList<>();
		try (KafkaProducer<String, String> producer = stack.producer()) {
			for (LanternEvent event : workload.catalogue()) {
				sent.add(producer.send(CloudEvents.record(event)));
			}
			producer.flush();
		}
		for (Future<RecordMetadata> f : sent) {
			f.get();
		}
		long deadline = System.nanoTime() + patience(workload.innovationCount()).toNanos();
		while (true) {
			JsonNode status = stack.catalogueStatus();
			if (status.path("matchable").asInt() == workload.innovationCount()
					&& status.path("evaluated").asInt() == workload.evaluationCount()) {
				break;
			}
			if (!stack.serviceAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("the matching-service's catalogue holds " + status + ", not "
						+ workload.innovationCount() + " innovations with " + workload.evaluationCount()
						+ " evaluated; " + stack.deadLetters(Topics.deadLetter(Topics.INNOVATIONS)) + "; "
						+ stack.deadLetters(Topics.deadLetter(Topics.EVALUATIONS)) + System.lineSeparator()
						+ stack.serviceLogTail(20));
			}
			Thread.sleep(200);
		}
		err.printf("pipeline: catalogue of %d innovations (%d evaluated) loaded in %.1f s%n",
				workload.innovationCount(), workload.evaluationCount(), PipelineStack.seconds(start));
	}

	/**
	 * When each request was handed to the producer ({@link System#nanoTime()}, and by the wall clock, which is also its
	 * {@code occurredAt}), and the bytes of all the record values.
	 */
	private record Published(long[] at, Instant[] wall, long bytes) {
	}

	/**
	 * Sends request i at {@code i / rate} seconds after the first, or at once without a rate. Latency counts from the
	 * hand-over to the producer, as a client sees it.
	 */
	private static Published publish(PipelineStack stack, PipelineWorkload workload, Integer rate, PrintStream err)
			throws InterruptedException {
		int n = workload.requestCount();
		long[] publishedAt = new long[n];
		Instant[] publishedWall = new Instant[n];
		AtomicReference<Exception> failure = new AtomicReference<>();
		long bytes = 0;
		long start = System.nanoTime();
		try (KafkaProducer<String, String> producer = stack.producer()) {
			for (int i = 0; i < n; i++) {
				if (rate != null) {
					long due = start + Math.round(i * 1e9 / rate);
					for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
						LockSupport.parkNanos(wait);
						if (Thread.currentThread().isInterrupted()) {
							throw new InterruptedException();
						}
					}
				}
				publishedWall[i] = Instant.now();
				ProducerRecord<String, String> record = CloudEvents.record(workload.request(i, publishedWall[i]));
				bytes += record.value().getBytes(StandardCharsets.UTF_8).length;
				publishedAt[i] = System.nanoTime();
				producer.send(record, (metadata, ex) -> {
					if (ex != null) {
						failure.compareAndSet(null, ex);
					}
				});
			}
			producer.flush();
		}
		if (failure.get() != null) {
			throw new IllegalStateException("publishing a request failed: " + failure.get().getMessage(), failure.get());
		}
		err.printf("pipeline: published %d requests in %.3f s%n", n, PipelineStack.seconds(start));
		return new Published(publishedAt, publishedWall, bytes);
	}

	private static boolean awaitDecisions(PipelineStack stack, DecisionWatcher watcher, int n, PrintStream err)
			throws InterruptedException {
		long deadline = System.nanoTime() + patience(n).toNanos();
		while (!watcher.awaitAll(PROGRESS_EVERY)) {
			err.printf("pipeline: %d of %d requests decided%n", watcher.decided(), n);
			if (!stack.serviceAlive()) {
				err.println("pipeline: the matching-service exited");
				return false;
			}
			if (System.nanoTime() > deadline) {
				err.println("pipeline: gave up waiting for decisions");
				return false;
			}
		}
		return true;
	}

	private static void reportMissing(PipelineStack stack, PipelineWorkload workload, DecisionWatcher watcher,
			PrintStream err) {
		Map<String, DecisionWatcher.Decision> decisions = watcher.decisions();
		List<String> missing = workload.requestIds().stream().filter(id -> !decisions.containsKey(id)).toList();
		err.println("lantern-bench: pipeline: " + missing.size() + " of " + workload.requestCount()
				+ " requests have no decision, e.g. " + missing.subList(0, Math.min(10, missing.size())));
		err.println("  " + stack.deadLetters(Topics.deadLetter(Topics.LEARNING_REQUESTS)));
		err.println("  the end of the matching-service's log:");
		err.println(stack.serviceLogTail(30));
	}

	private static Duration patience(int records) {
		return PATIENCE.plus(PATIENCE_PER_RECORD.multipliedBy(records));
	}

	/** Nearest rank: the smallest value at least {@code p} of all values are at or below. */
	static double percentile(double[] sorted, double p) {
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}
}
