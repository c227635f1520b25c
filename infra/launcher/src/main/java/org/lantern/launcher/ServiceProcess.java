package org.lantern.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service run as a child process from its Spring Boot exec jar, with its configuration in the environment and
 * its output in a log file ({@code data/logs/<service>.log} under {@code ./lantern up}). Public so that
 * {@code lantern-bench pipeline} starts a service exactly this way, with its own ports and JVM options.
 */
public final class ServiceProcess {

	/** Small heaps and C1 only: six Spring Boot JVMs must start together on two cores. */
	static final List<String> LAUNCHER_JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1",
			"-XX:+UseSerialGC", "-Xshare:auto", "-XX:+ExitOnOutOfMemoryError");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final ServiceSpec spec;

	private final Process process;

	private final Path log;

	private final long startedAt;

	private volatile boolean stopping;

	private ServiceProcess(ServiceSpec spec, Process process, Path log, long startedAt) {
		this.spec = spec;
		this.process = process;
		this.log = log;
		this.startedAt = startedAt;
	}

	/** As {@code ./lantern up} runs a service: the fixed ports of {@link Layout}, the previous log kept as {@code .1}. */
	static ServiceProcess start(Layout layout, ServiceSpec spec, Path jar) throws IOException {
		Path log = layout.logs().resolve(spec.name() + ".log");
		if (Files.exists(log)) {
			Files.move(log, layout.logs().resolve(spec.name() + ".log.1"), StandardCopyOption.REPLACE_EXISTING);
		}
		return start(spec, jar, LAUNCHER_JVM_OPTIONS, environment(spec), layout.root(), log);
	}

	/**
	 * Starts {@code java <jvmOptions> -jar <jar>} in {@code workingDirectory} with {@code environment} added to this
	 * process's own, stdout and stderr going to {@code log}.
	 * @param environment what the service reads; its {@code SERVER_PORT} must be {@code spec.port()}, which is
	 * where {@link #awaitHealthy(Duration)} looks
	 */
	public static ServiceProcess start(ServiceSpec spec, Path jar, List<String> jvmOptions,
			Map<String, String> environment, Path workingDirectory, Path log) throws IOException {
		if (!String.valueOf(spec.port()).equals(environment.get("SERVER_PORT"))) {
			throw new IllegalArgumentException("SERVER_PORT must be " + spec.port() + " for " + spec.name());
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		return new ServiceProcess(spec, builder.start(), log, System.nanoTime());
	}

	/** The environment every service reads (the contract between the launcher and the services). */
	static Map<String, String> environment(ServiceSpec spec) {
		return Map.of("SERVER_PORT", String.valueOf(spec.port()), "KAFKA_BOOTSTRAP_SERVERS", Layout.kafkaBootstrap(),
				"MONGODB_URI", "mongodb://" + Layout.HOST + ":" + Layout.MONGO_PORT + "/" + spec.database(),
				"MAIL_HOST", Layout.HOST, "MAIL_PORT", String.valueOf(Layout.SMTP_PORT), "MAIL_USERNAME",
				Layout.MAIL_USER, "MAIL_PASSWORD", Layout.MAIL_PASSWORD);
	}

	ServiceSpec spec() {
		return spec;
	}

	long pid() {
		return process.pid();
	}

	Path log() {
		return log;
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	boolean isStopping() {
		return stopping;
	}

	Process process() {
		return process;
	}

	/**
	 * Waits until {@code /actuator/health} answers 200 with status UP.
	 * @return seconds it took
	 * @throws IllegalStateException if the process exits or the time runs out
	 */
	public double awaitHealthy(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(spec.name() + " exited with code " + process.exitValue());
			}
			if (isHealthy(spec)) {
				return (System.nanoTime() - startedAt) / 1e9;
			}
			process.waitFor(500, TimeUnit.MILLISECONDS);
		}
		throw new IllegalStateException(spec.name() + " not healthy after " + timeout.toSeconds() + " s");
	}

	static boolean isHealthy(ServiceSpec spec) {
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(spec.baseUrl() + "/actuator/health"))
						.timeout(Duration.ofSeconds(3))
						.GET()
						.build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200
					&& "UP".equals(Json.MAPPER.readTree(response.body()).path("status").asString(""));
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Asks the service to stop (SIGTERM: Spring Boot shuts down gracefully). */
	public void requestStop() {
		stopping = true;
		process.destroy();
	}

	/** Waits for the stop asked by {@link #requestStop()}, killing the process if it takes too long. */
	public void awaitStopped(Duration grace) throws InterruptedException {
		if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			process.waitFor(5, TimeUnit.SECONDS);
		}
	}

	/** The last lines of the service's log, to show why it did not start. */
	public String logTail(int lines) {
		try {
			List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
			return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}
}
