package org.lantern.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./lantern up | down | status}: the whole of Lantern on one machine without Docker.
 * <p>
 * {@code up} runs the infrastructure inside this JVM (a KRaft Kafka broker, mongo-java-server on an H2 file, and
 * GreenMail), the services as child processes from their exec jars, loads the demo data once, serves the portal on
 * :8080 and stays in the foreground until Ctrl-C or {@code ./lantern down}, then stops the services first and the
 * infrastructure after them. The services are separate JVMs (as they would be in production) so that one crashing
 * or being restarted leaves the others alone and each has its own log; the infrastructure shares the launcher's JVM
 * because it is only ever stopped with it.
 */
public final class Lantern {

	private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(180);

	private static final Duration STOP_GRACE = Duration.ofSeconds(20);

	private final Layout layout;

	private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	private final List<ServiceProcess> services = new ArrayList<>();

	private final ConcurrentMap<String, String> states = new ConcurrentHashMap<>();

	private volatile EmbeddedKafka kafka;

	private volatile EmbeddedMongo mongo;

	private volatile EmbeddedMail mail;

	private volatile Portal portal;

	private volatile boolean shuttingDown;

	private Lantern(Layout layout) {
		this.layout = layout;
	}

	public static void main(String[] args) throws Exception {
		String command = "up";
		Path root = Path.of("").toAbsolutePath();
		boolean demo = true;
		for (String arg : args) {
			if (arg.startsWith("--root=")) {
				root = Path.of(arg.substring("--root=".length()));
			}
			else if (arg.equals("--no-demo")) {
				demo = false;
			}
			else if (!arg.startsWith("-")) {
				command = arg;
			}
			else {
				System.err.println("Unknown option " + arg);
				System.exit(2);
			}
		}
		Layout layout = new Layout(root);
		switch (command) {
			case "up" -> new Lantern(layout).up(demo);
			case "down" -> System.exit(down(layout, System.out));
			case "status" -> System.exit(status(layout, System.out));
			default -> {
				System.err.println("Usage: lantern [up [--no-demo] | down | status]");
				System.exit(2);
			}
		}
	}

	// ---------------------------------------------------------------- up

	private void up(boolean demo) throws Exception {
		Optional<ProcessHandle> running = readPid(layout.pidFile()).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (running.isPresent()) {
			out.println("Lantern is already running (pid " + running.get().pid() + "). Stop it with ./lantern down.");
			System.exit(1);
		}
		List<ServiceSpec> specs = ServiceSpec.all();
		List<String> busy = busyPorts(specs);
		if (!busy.isEmpty()) {
			out.println("These ports are already in use, so Lantern cannot start:");
			busy.forEach(p -> out.println("  " + p));
			out.println("Stop what uses them (./lantern status, or: ss -ltnp) and try again.");
			System.exit(1);
		}
		layout.createDirectories();
		configureInfraLogging();
		Files.writeString(layout.pidFile(), ProcessHandle.current().pid() + System.lineSeparator());
		Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "lantern-shutdown"));

		try {
			out.println("Starting the infrastructure (logs: " + relative(layout.logs().resolve("infra.log")) + ")");
			CompletableFuture<EmbeddedKafka> kafkaStart = CompletableFuture.supplyAsync(() -> {
				try {
					return EmbeddedKafka.start(layout.kafkaLogDir(), Layout.HOST, Layout.KAFKA_PORT,
							Layout.KAFKA_CONTROLLER_PORT);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
			mongo = EmbeddedMongo.start(layout.mongoFile(), Layout.HOST, Layout.MONGO_PORT);
			out.println("  MongoDB (mongo-java-server)  mongodb://127.0.0.1:" + Layout.MONGO_PORT);
			mail = EmbeddedMail.start(Layout.HOST, Layout.SMTP_PORT, Layout.IMAP_PORT, Layout.MAIL_USER,
					Layout.MAIL_PASSWORD);
			out.println("  GreenMail                    smtp 127.0.0.1:" + Layout.SMTP_PORT + ", imap 127.0.0.1:" + Layout.IMAP_PORT);
			kafka = kafkaStart.join();
			out.println("  Kafka (KRaft)                " + kafka.bootstrapServers());
		}
		catch (RuntimeException ex) {
			out.println("Could not start the infrastructure: " + rootCause(ex));
			out.println("See " + relative(layout.logs().resolve("infra.log")));
			System.exit(1);
		}

		startServices(specs);
		Map<String, String> routes = new LinkedHashMap<>();
		specs.forEach(s -> s.apiPrefixes().forEach(prefix -> routes.put(prefix, s.baseUrl())));
		portal = Portal.start(Layout.HOST, Layout.PORTAL_PORT, routes, this::infoJson,
				() -> MailView.json(mail.allMail(), 50));
		out.println("  Portal                       http://localhost:" + Layout.PORTAL_PORT + " (services still starting)");

		awaitServices();
		if (shuttingDown) {
			Thread.currentThread().join();
		}
		if (demo) {
			out.println("Demo data (loaded once; markers in " + relative(layout.demoMarkers()) + ")");
			Map<String, ServiceSpec> byName = new LinkedHashMap<>();
			specs.forEach(s -> byName.put(s.name(), s));
			new DemoData(layout.demoMarkers(), out, Duration.ofSeconds(60)).load(byName, name -> "UP".equals(states.get(name)));
		}
		printTable(specs);
		watchServices();
		Thread.currentThread().join(); // the shutdown hook ends the JVM
	}

	private void startServices(List<ServiceSpec> specs) throws IOException {
		out.println("Starting the services");
		List<String> pidLines = new ArrayList<>();
		for (ServiceSpec spec : specs) {
			Path jar = layout.serviceJar(spec.name());
			if (!Files.isRegularFile(jar)) {
				states.put(spec.name(), "SKIPPED");
				out.println("  ! " + spec.name() + ": skipped, no " + relative(jar) + " (not built yet?)");
				continue;
			}
			ServiceProcess service = ServiceProcess.start(layout, spec, jar);
			services.add(service);
			states.put(spec.name(), "STARTING");
			pidLines.add(spec.name() + " " + service.pid() + " " + spec.port());
		}
		Files.write(layout.servicesPidFile(), pidLines);
	}

	private void awaitServices() {
		List<CompletableFuture<Void>> waits = new ArrayList<>();
		for (ServiceProcess service : services) {
			waits.add(CompletableFuture.runAsync(() -> {
				try {
					double seconds = service.awaitHealthy(HEALTH_TIMEOUT);
					states.put(service.spec().name(), "UP");
					out.printf("  %-28s %s  up after %.1f s%n", service.spec().name(), service.spec().baseUrl(), seconds);
				}
				catch (IllegalStateException ex) {
					if (shuttingDown) {
						return;
					}
					states.put(service.spec().name(), "FAILED");
					out.println("  ! " + ex.getMessage() + "; last lines of " + relative(service.log()) + ":");
					service.logTail(25).lines().forEach(l -> out.println("      " + l));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
		}
		CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
	}

	/** Warns (once) when a service dies while Lantern runs; the rest keeps running. */
	private void watchServices() {
		for (ServiceProcess service : services) {
			service.process().onExit().thenAccept(p -> {
				if (!shuttingDown && !service.isStopping()) {
					states.put(service.spec().name(), "EXITED");
					out.println("! " + service.spec().name() + " exited with code " + p.exitValue() + "; see "
							+ relative(service.log()));
				}
			});
		}
	}

	private void printTable(List<ServiceSpec> specs) {
		double ready = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
		String line = "-".repeat(100);
		out.println();
		out.println(line);
		out.printf("Lantern is running (ready %.0f s after the launcher started). Ctrl-C here, or ./lantern down, stops it.%n", ready);
		out.println(line);
		String row = "  %-22s %-36s %s%n";
		out.printf(row, "WHAT", "WHERE", "NOTES");
		out.printf(row, "Portal", "http://localhost:" + Layout.PORTAL_PORT, "innovations, learning requests, matches, gatherings, mail");
		out.printf(row, "Kafka (KRaft)", Layout.kafkaBootstrap(), "controller :" + Layout.KAFKA_CONTROLLER_PORT + ", data in " + relative(layout.kafkaLogDir()));
		out.printf(row, "MongoDB (mongo-java)", "mongodb://127.0.0.1:" + Layout.MONGO_PORT, "data in " + relative(layout.mongoFile()) + "; one database per service");
		out.printf(row, "SMTP (GreenMail)", "127.0.0.1:" + Layout.SMTP_PORT, "user " + Layout.MAIL_USER + " / password " + Layout.MAIL_PASSWORD);
		out.printf(row, "IMAP (GreenMail)", "127.0.0.1:" + Layout.IMAP_PORT, "same user: a copy of every message sent");
		for (ServiceSpec spec : specs) {
			String state = states.getOrDefault(spec.name(), "?");
			String where = "SKIPPED".equals(state) ? "-" : spec.baseUrl();
			String notes = switch (state) {
				case "UP" -> "UP   log " + relative(layout.logs().resolve(spec.name() + ".log"));
				case "SKIPPED" -> "SKIPPED (jar not built)";
				default -> state + "  see " + relative(layout.logs().resolve(spec.name() + ".log"));
			};
			out.printf(row, spec.name(), where, notes);
		}
		out.println(line);
		out.println("Read the mail Lantern sends: the portal's Mail panel, or any IMAP client on 127.0.0.1:" + Layout.IMAP_PORT
				+ " (no TLS), e.g.");
		out.println("  curl -s 'imap://127.0.0.1:" + Layout.IMAP_PORT + "/INBOX' -u " + Layout.MAIL_USER + ":" + Layout.MAIL_PASSWORD + " -X 'SEARCH ALL'");
		out.println("  curl -s 'imap://127.0.0.1:" + Layout.IMAP_PORT + "/INBOX;UID=1' -u " + Layout.MAIL_USER + ":" + Layout.MAIL_PASSWORD);
		out.println("Each recipient also has a mailbox of their own: login and password are the address itself.");
		out.println("Kafka tools: any client on " + Layout.kafkaBootstrap() + " (e.g. kcat -b " + Layout.kafkaBootstrap() + " -L).");
		out.println(line);
	}

	private String infoJson() {
		List<Map<String, Object>> components = new ArrayList<>();
		components.add(Map.of("name", "Kafka (KRaft)", "where", Layout.kafkaBootstrap(), "state", kafka == null ? "STARTING" : "UP"));
		components.add(Map.of("name", "MongoDB (mongo-java-server)", "where", "mongodb://127.0.0.1:" + Layout.MONGO_PORT, "state", mongo == null ? "STARTING" : "UP"));
		components.add(Map.of("name", "SMTP (GreenMail)", "where", "127.0.0.1:" + Layout.SMTP_PORT, "state", mail == null ? "STARTING" : "UP"));
		components.add(Map.of("name", "IMAP (GreenMail)", "where", "127.0.0.1:" + Layout.IMAP_PORT, "state", mail == null ? "STARTING" : "UP"));
		for (ServiceSpec spec : ServiceSpec.all()) {
			components.add(Map.of("name", spec.name(), "where", spec.baseUrl(), "state", states.getOrDefault(spec.name(), "?")));
		}
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("components", components);
		info.put("mail", Map.of("imapHost", Layout.HOST, "imapPort", Layout.IMAP_PORT, "smtpPort", Layout.SMTP_PORT,
				"user", Layout.MAIL_USER, "password", Layout.MAIL_PASSWORD));
		return Json.write(info);
	}

	/** Services first (so they leave their consumer groups and flush their outboxes), then the infrastructure. */
	private void shutdown() {
		shuttingDown = true;
		out.println();
		out.println("Stopping Lantern...");
		services.forEach(ServiceProcess::requestStop);
		for (ServiceProcess service : services) {
			try {
				service.awaitStopped(STOP_GRACE);
				out.println("  stopped " + service.spec().name());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		quietly("portal", portal);
		quietly("GreenMail", mail);
		quietly("Kafka", kafka);
		quietly("MongoDB", mongo);
		try {
			Files.deleteIfExists(layout.servicesPidFile());
			Files.deleteIfExists(layout.pidFile());
		}
		catch (IOException ex) {
			// nothing left to do about it
		}
		out.println("Lantern stopped.");
	}

	private void quietly(String name, AutoCloseable component) {
		if (component == null) {
			return;
		}
		try {
			component.close();
			out.println("  stopped " + name);
		}
		catch (Exception ex) {
			out.println("  ! stopping " + name + ": " + ex);
		}
	}

	private void configureInfraLogging() {
		// Before the first logger is created: Kafka, GreenMail and mongo-java-server log through SLF4J (simple).
		System.setProperty("org.slf4j.simpleLogger.logFile", layout.logs().resolve("infra.log").toString());
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
		System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
		System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
		System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka.common.config", "warn");
		System.setProperty("org.slf4j.simpleLogger.log.kafka.server.KafkaConfig", "warn");
		System.setProperty("org.slf4j.simpleLogger.log.io.netty", "warn");
		org.slf4j.LoggerFactory.getLogger(Lantern.class).info("Lantern launcher starting in {}", layout.root());
	}

	private List<String> busyPorts(List<ServiceSpec> specs) {
		Map<Integer, String> ports = new LinkedHashMap<>();
		ports.put(Layout.KAFKA_PORT, "Kafka");
		ports.put(Layout.KAFKA_CONTROLLER_PORT, "Kafka controller");
		ports.put(Layout.MONGO_PORT, "MongoDB");
		ports.put(Layout.SMTP_PORT, "SMTP");
		ports.put(Layout.IMAP_PORT, "IMAP");
		ports.put(Layout.PORTAL_PORT, "portal");
		specs.forEach(s -> ports.put(s.port(), s.name()));
		List<String> busy = new ArrayList<>();
		ports.forEach((port, what) -> {
			if (listening(port)) {
				busy.add(port + " (" + what + ")");
			}
		});
		return busy;
	}

	// ---------------------------------------------------------------- down and status

	static int down(Layout layout, PrintStream out) throws IOException, InterruptedException {
		Optional<Long> pid = readPid(layout.pidFile());
		Optional<ProcessHandle> launcher = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (launcher.isPresent()) {
			out.println("Stopping Lantern (pid " + launcher.get().pid() + ")...");
			launcher.get().destroy();
			try {
				launcher.get().onExit().get(90, TimeUnit.SECONDS);
			}
			catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException ex) {
				out.println("It did not stop within 90 s; killing it.");
				launcher.get().destroyForcibly();
			}
		}
		else {
			out.println("Lantern is not running" + (pid.isPresent() ? " (stale pid file removed)." : "."));
		}
		// Services left behind by a launcher that was killed: only processes that run a Lantern service jar.
		int leftovers = 0;
		if (Files.exists(layout.servicesPidFile())) {
			for (String line : Files.readAllLines(layout.servicesPidFile())) {
				String[] f = line.trim().split("\\s+");
				if (f.length < 2) {
					continue;
				}
				Optional<ProcessHandle> child = ProcessHandle.of(Long.parseLong(f[1])).filter(ProcessHandle::isAlive);
				if (child.isPresent() && child.get().info().commandLine().orElse("").contains(f[0] + "-0.1.0-SNAPSHOT-exec.jar")) {
					out.println("  stopping leftover " + f[0] + " (pid " + f[1] + ")");
					child.get().destroy();
					leftovers++;
					try {
						child.get().onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
					}
					catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException ex) {
						child.get().destroyForcibly();
					}
				}
			}
		}
		Files.deleteIfExists(layout.servicesPidFile());
		Files.deleteIfExists(layout.pidFile());
		if (launcher.isPresent() || leftovers > 0) {
			out.println("Lantern stopped.");
		}
		return 0;
	}

	static int status(Layout layout, PrintStream out) throws IOException {
		Optional<ProcessHandle> launcher = readPid(layout.pidFile()).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		out.println(launcher.map(p -> "Lantern launcher: running (pid " + p.pid() + ")")
			.orElse("Lantern launcher: not running"));
		String row = "  %-22s %-30s %s%n";
		out.printf(row, "Portal", "http://localhost:" + Layout.PORTAL_PORT, listening(Layout.PORTAL_PORT) ? "UP" : "DOWN");
		out.printf(row, "Kafka (KRaft)", Layout.kafkaBootstrap(), listening(Layout.KAFKA_PORT) ? "UP" : "DOWN");
		out.printf(row, "MongoDB (mongo-java)", "127.0.0.1:" + Layout.MONGO_PORT, listening(Layout.MONGO_PORT) ? "UP" : "DOWN");
		out.printf(row, "SMTP (GreenMail)", "127.0.0.1:" + Layout.SMTP_PORT, listening(Layout.SMTP_PORT) ? "UP  (user " + Layout.MAIL_USER + " / " + Layout.MAIL_PASSWORD + ")" : "DOWN");
		out.printf(row, "IMAP (GreenMail)", "127.0.0.1:" + Layout.IMAP_PORT, listening(Layout.IMAP_PORT) ? "UP" : "DOWN");
		boolean allUp = launcher.isPresent();
		for (ServiceSpec spec : ServiceSpec.all()) {
			String state;
			if (ServiceProcess.isHealthy(spec)) {
				state = "UP";
			}
			else if (!Files.isRegularFile(layout.serviceJar(spec.name()))) {
				state = "not built";
			}
			else {
				state = listening(spec.port()) ? "STARTING / UNHEALTHY" : "DOWN";
				allUp = false;
			}
			out.printf(row, spec.name(), spec.baseUrl(), state);
		}
		for (String part : List.of("innovations", "evaluations", "learning-requests")) {
			boolean loaded = Files.exists(layout.demoMarkers().resolve(part + ".loaded"));
			out.printf(row, "demo " + part, "", loaded ? "loaded" : "not loaded yet");
		}
		return allUp ? 0 : 3;
	}

	// ---------------------------------------------------------------- helpers

	static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(Layout.HOST, port), 300);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static Optional<Long> readPid(Path file) {
		try {
			return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).trim())) : Optional.empty();
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private String relative(Path path) {
		return layout.root().relativize(path).toString();
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		Set<Throwable> seen = new java.util.HashSet<>();
		while (cause.getCause() != null && seen.add(cause)) {
			cause = cause.getCause();
		}
		return cause.toString();
	}
}
