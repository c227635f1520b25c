package org.lantern.bench.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.lantern.launcher.EmbeddedKafka;
import org.lantern.launcher.EmbeddedMongo;
import org.lantern.launcher.Layout;
import org.lantern.launcher.ServiceProcess;
import org.lantern.launcher.ServiceSpec;
import tools.jackson.databind.JsonNode;

/**
 * A private copy of the stack the matching-service runs in: the launcher's KRaft broker and mongo-java-server in this
 * JVM, on free ports (never {@code ./lantern up}'s, which may be running) with their storage in a temporary directory,
 * and the matching-service as a child process from its exec jar. Closing it stops all three and deletes the directory.
 */
final class PipelineStack implements AutoCloseable {

	static final String SERVICE = "matching-service";

	static final String BUILD_COMMAND = "./mvnw -q -DskipTests package -pl infra/bench -am";

	private static final String HOST = "127.0.0.1";

	/**
	 * Unlike {@code ./lantern up}, which starts six services together and so limits each to C1, one service is
	 * measured here: it gets the full JIT and room for its decisions and Lucene index.
	 */
	private static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-Xshare:auto",
			"-XX:+ExitOnOutOfMemoryError");

	private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(180);

	private static final Duration STOP_GRACE = Duration.ofSeconds(20);

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final Path dir;

	private final PrintStream err;

	private EmbeddedKafka kafka;

	private EmbeddedMongo mongo;

	private ServiceSpec spec;

	private ServiceProcess service;

	private final AtomicBoolean closed = new AtomicBoolean();

	/** Ctrl-C skips try-with-resources: without this the service would outlive the bench, and the files stay. */
	private final Thread closeOnExit = new Thread(this::close, "pipeline-stack-close");

	private PipelineStack(Path dir, PrintStream err) {
		this.dir = dir;
		this.err = err;
		Runtime.getRuntime().addShutdownHook(closeOnExit);
	}

	/**
	 * Where {@code -pl infra/bench -am} leaves the matching-service's exec jar: under the project root, found from
	 * this class's own location ({@code infra/bench/target/lantern-bench.jar}, or {@code infra/bench/target/classes}
	 * in the build), else the working directory.
	 */
	static Path serviceJar() {
		Path root = Path.of("").toAbsolutePath();
		try {
			Path candidate = Path.of(PipelineStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			for (int up = 0; up < 4 && candidate != null; up++) {
				candidate = candidate.getParent();
			}
			if (candidate != null && Files.isDirectory(candidate.resolve("services").resolve(SERVICE))) {
				root = candidate;
			}
		}
		catch (URISyntaxException | RuntimeException ex) {
			// An unusual class loader: the working directory is the documented place to run from anyway.
		}
		return new Layout(root).serviceJar(SERVICE);
	}

	static PipelineStack start(Path serviceJar, PrintStream err) throws IOException, InterruptedException {
		PipelineStack stack = new PipelineStack(Files.createTempDirectory("lantern-pipeline-"), err);
		try {
			stack.startAll(serviceJar);
			return stack;
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	private void startAll(Path serviceJar) throws IOException, InterruptedException {
		int[] ports = freePorts(3);
		long started = System.nanoTime();
		kafka = EmbeddedKafka.start(dir.resolve("kafka"), HOST, ports[0], ports[1]);
		mongo = EmbeddedMongo.start(dir.resolve("mongo.mv"), HOST, 0);
		err.printf("pipeline: Kafka %s and MongoDB %s up after %.1f s (storage in %s)%n", kafka.bootstrapServers(),
				mongo.uri(""), seconds(started), dir);
		spec = new ServiceSpec(SERVICE, ports[2], List.of());
		Map<String, String> environment = Map.of("SERVER_PORT", String.valueOf(spec.port()),
				"KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(), "MONGODB_URI", mongo.uri(spec.database()));
		service = ServiceProcess.start(spec, serviceJar, SERVICE_JVM_OPTIONS, environment, dir,
				dir.resolve(SERVICE + ".log"));
		try {
			err.printf("pipeline: %s up after %.1f s on %s%n", SERVICE, service.awaitHealthy(HEALTH_TIMEOUT),
					spec.baseUrl());
		}
		catch (IllegalStateException ex) {
			err.println("pipeline: " + ex.getMessage() + "; the end of its log:");
			err.println(service.logTail(40));
			throw ex;
		}
	}

	String bootstrapServers() {
		return kafka.bootstrapServers();
	}

	KafkaProducer<String, String> producer() {
		// Acknowledged by the broker the way the services' own producers are; otherwise the client's defaults.
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
				new StringSerializer(), new StringSerializer());
	}

	/** A consumer outside any group: callers assign partitions themselves, so there is no rebalance to wait for. */
	KafkaConsumer<String, String> consumer() {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
	}

	/** Assigns every partition of {@code topic} from its start, and resolves the positions before returning. */
	static List<TopicPartition> assignFromStart(KafkaConsumer<String, String> consumer, String topic) {
		List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
			.stream()
			.map(p -> new TopicPartition(topic, p.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
		partitions.forEach(p -> consumer.position(p, Duration.ofSeconds(30)));
		return partitions;
	}

	/** The matching-service's {@code /api/catalogue}: {@code innovations}, {@code matchable}, {@code evaluated}. */
	JsonNode catalogueStatus() throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(spec.baseUrl() + "/api/catalogue"))
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("GET /api/catalogue answered " + response.statusCode() + ": " + response.body());
		}
		return CloudEvents.JSON.readTree(response.body());
	}

	boolean serviceAlive() {
		return service.isAlive();
	}

	String serviceLogTail(int lines) {
		return service.logTail(lines);
	}

	/** The records on a dead-letter topic: how many, and the first one's reason. */
	String deadLetters(String topic) {
		try (KafkaConsumer<String, String> consumer = consumer()) {
			List<TopicPartition> partitions = assignFromStart(consumer, topic);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			List<ConsumerRecord<String, String>> records = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			if (records.isEmpty()) {
				return topic + ": empty";
			}
			Header reason = records.get(0).headers().lastHeader("lantern-dlt-reason");
			return topic + ": " + records.size() + " record(s); the first because: "
					+ (reason == null ? "(no reason header)" : new String(reason.value(), StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			return topic + ": could not be read (" + ex.getMessage() + ")";
		}
	}

	/** The service first (it is a client of the other two), then the broker and the store, then their files. */
	@Override
	public void close() {
		if (!closed.compareAndSet(false, true)) {
			return;
		}
		if (Thread.currentThread() != closeOnExit) {
			try {
				Runtime.getRuntime().removeShutdownHook(closeOnExit);
			}
			catch (IllegalStateException ex) {
				// Already shutting down; the hook will find this closed.
			}
		}
		if (service != null) {
			service.requestStop();
			try {
				service.awaitStopped(STOP_GRACE);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (kafka != null) {
			kafka.close();
		}
		if (mongo != null) {
			mongo.close();
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			err.println("pipeline: could not delete " + dir + ": " + ex.getMessage());
		}
	}

	/** Ports free at this moment: held open together so that no two of them are the same. */
	private static int[] freePorts(int count) throws IOException {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			int[] ports = new int[count];
			for (int i = 0; i < count; i++) {
				ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST));
				sockets.add(socket);
				ports[i] = socket.getLocalPort();
			}
			return ports;
		}
		finally {
			for (ServerSocket socket : sockets) {
				socket.close();
			}
		}
	}

	static double seconds(long sinceNanos) {
		return (System.nanoTime() - sinceNanos) / 1e9;
	}
}
