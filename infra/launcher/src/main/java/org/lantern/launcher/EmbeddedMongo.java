package org.lantern.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server speaking the MongoDB wire protocol, stored in one H2 MVStore file so the data survives a
 * restart. Its limits (no multi-document transactions, no geo queries, no TTL expiry) are listed in the
 * environment notes; the services are written within them. Public so that {@code lantern-bench pipeline} runs the
 * same store.
 */
public final class EmbeddedMongo implements AutoCloseable {

	private final MongoServer server;

	private final InetSocketAddress address;

	private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
		this.server = server;
		this.address = address;
	}

	/** Starts on {@code port} (0 for any free port), storing into {@code file}. */
	public static EmbeddedMongo start(Path file, String host, int port) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		H2Backend backend = new HelloAwareH2Backend(file.toAbsolutePath().toString());
		MongoServer server = new MongoServer(backend);
		try {
			server.bind(host, port);
		}
		catch (RuntimeException ex) {
			backend.close();
			throw ex;
		}
		return new EmbeddedMongo(server, server.getLocalAddress());
	}

	public int port() {
		return address.getPort();
	}

	public String uri(String database) {
		return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
	}

	/**
	 * mongo-java-server 1.47 knows {@code isMaster} but not its successor {@code hello} (MongoDB 4.4.2+), which Spring
	 * Boot 4's {@code MongoHealthIndicator} sends: without this the services' {@code /actuator/health} stays DOWN.
	 */
	static final class HelloAwareH2Backend extends H2Backend {

		HelloAwareH2Backend(String file) {
			super(file);
		}

		@Override
		public Document handleCommand(Channel channel, String database, String command, Document query) {
			if ("hello".equalsIgnoreCase(command)) {
				Document answer = super.handleCommand(channel, database, "isMaster", query);
				answer.put("isWritablePrimary", Boolean.TRUE);
				return answer;
			}
			return super.handleCommand(channel, database, command, query);
		}
	}

	/** Stops listening and closes the store (committing what was written). */
	@Override
	public void close() {
		server.shutdown();
	}
}
