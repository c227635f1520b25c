package org.lantern.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code ./lantern up} keeps things and which ports it uses. Everything it writes lives under {@code ./data}
 * (ignored by git), so {@code rm -rf data} is a full reset. Public for {@link #serviceJar(String)}: the bench finds
 * a service's exec jar where the launcher does.
 */
public record Layout(Path root) {

	static final String HOST = "127.0.0.1";

	static final int KAFKA_PORT = 9092;

	static final int KAFKA_CONTROLLER_PORT = 9093;

	static final int MONGO_PORT = 27017;

	static final int SMTP_PORT = 3025;

	static final int IMAP_PORT = 3143;

	static final int PORTAL_PORT = 8080;

	/** The GreenMail account the services send with, and which receives a copy of every message. */
	static final String MAIL_USER = "lantern@localhost";

	static final String MAIL_PASSWORD = "lantern";

	public Layout {
		root = root.toAbsolutePath().normalize();
	}

	Path data() {
		return root.resolve("data");
	}

	Path kafkaLogDir() {
		return data().resolve("kafka");
	}

	Path mongoFile() {
		return data().resolve("mongo.mv");
	}

	Path logs() {
		return data().resolve("logs");
	}

	Path demoMarkers() {
		return data().resolve("demo");
	}

	/** The launcher's own pid, present while {@code ./lantern up} runs. */
	Path pidFile() {
		return data().resolve("lantern.pid");
	}

	/** One line per service child process: {@code name pid port}. */
	Path servicesPidFile() {
		return data().resolve("lantern.services");
	}

	public Path serviceJar(String service) {
		return root.resolve("services").resolve(service).resolve("target").resolve(service + "-0.1.0-SNAPSHOT-exec.jar");
	}

	void createDirectories() throws IOException {
		Files.createDirectories(logs());
		Files.createDirectories(kafkaLogDir());
		Files.createDirectories(demoMarkers());
	}

	static String kafkaBootstrap() {
		return HOST + ":" + KAFKA_PORT;
	}
}
