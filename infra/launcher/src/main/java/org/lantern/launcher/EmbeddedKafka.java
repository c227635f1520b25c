package org.lantern.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one node), run inside the launcher JVM.
 * <p>
 * In-process rather than {@code kafka.Kafka} as a child process: one JVM fewer to start and warm up on a 2-core
 * machine (saves ~2 s and ~150 MiB), no second classpath to assemble, one Ctrl-C stops it in order with the rest,
 * and the launcher's test starts exactly the code that {@code ./lantern up} runs. The storage is formatted once (with
 * Kafka's own {@code StorageTool}) and kept under {@code ./data/kafka}, so topics and committed offsets survive a
 * restart like the MongoDB data they relate to.
 * <p>
 * Public so that {@code lantern-bench pipeline} runs the same broker, on free ports and a temporary directory.
 */
public final class EmbeddedKafka implements AutoCloseable {

	private final KafkaRaftServer server;

	private final String bootstrapServers;

	private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers) {
		this.server = server;
		this.bootstrapServers = bootstrapServers;
	}

	public static EmbeddedKafka start(Path logDir, String host, int port, int controllerPort) throws IOException {
		logDir = logDir.toAbsolutePath();
		Files.createDirectories(logDir);
		Properties config = config(logDir, host, port, controllerPort);
		if (!Files.exists(logDir.resolve("meta.properties"))) {
			format(config, logDir);
		}
		KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
		try {
			server.startup();
		}
		catch (RuntimeException ex) {
			server.shutdown();
			throw ex;
		}
		return new EmbeddedKafka(server, host + ":" + port);
	}

	static Properties config(Path logDir, String host, int port, int controllerPort) {
		Properties p = new Properties();
		p.put("process.roles", "broker,controller");
		p.put("node.id", "1");
		p.put("controller.quorum.voters", "1@" + host + ":" + controllerPort);
		p.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
		p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
		p.put("controller.listener.names", "CONTROLLER");
		p.put("inter.broker.listener.name", "PLAINTEXT");
		p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
		p.put("log.dirs", logDir.toString());
		p.put("auto.create.topics.enable", "true");
		p.put("num.partitions", "3");
		// One node: every internal topic has one replica, and fewer partitions than the defaults start faster.
		p.put("offsets.topic.replication.factor", "1");
		p.put("offsets.topic.num.partitions", "10");
		p.put("transaction.state.log.replication.factor", "1");
		p.put("transaction.state.log.min.isr", "1");
		p.put("transaction.state.log.num.partitions", "4");
		p.put("share.coordinator.state.topic.replication.factor", "1");
		p.put("share.coordinator.state.topic.min.isr", "1");
		p.put("group.initial.rebalance.delay.ms", "0");
		// Small machine: few threads, and no 128 MiB log-cleaner buffer in the launcher's heap.
		p.put("num.network.threads", "2");
		p.put("num.io.threads", "4");
		p.put("background.threads", "2");
		p.put("log.cleaner.threads", "1");
		p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
		p.put("log.retention.hours", String.valueOf(24 * 30));
		return p;
	}

	private static void format(Properties config, Path logDir) throws IOException {
		Path propertiesFile = Files.createTempFile("lantern-kafka", ".properties");
		try {
			try (OutputStream out = Files.newOutputStream(propertiesFile)) {
				config.store(out, "Lantern embedded Kafka");
			}
			ByteArrayOutputStream output = new ByteArrayOutputStream();
			int exit;
			try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
				exit = StorageTool.execute(new String[] { "format", "--cluster-id", Uuid.randomUuid().toString(),
						"--config", propertiesFile.toString(), "--ignore-formatted" }, print);
			}
			if (exit != 0) {
				throw new IllegalStateException("Formatting Kafka storage in " + logDir + " failed: "
						+ output.toString(StandardCharsets.UTF_8));
			}
		}
		finally {
			Files.deleteIfExists(propertiesFile);
		}
	}

	public String bootstrapServers() {
		return bootstrapServers;
	}

	@Override
	public void close() {
		server.shutdown();
		server.awaitShutdown();
	}
}
