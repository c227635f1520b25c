package org.lantern.platform.test;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * One wire-compatible in-memory MongoDB server (mongo-java-server) per test JVM, driven through the real driver.
 * It has no multi-document transactions, which Lantern does not use.
 */
public final class InMemoryMongo {

	private static MongoServer server;

	private static String address;

	private InMemoryMongo() {
	}

	/** A connection string for a database of its own on the shared in-memory server. */
	public static synchronized String uri(String database) {
		if (server == null) {
			server = new MongoServer(new MemoryBackend());
			InetSocketAddress bound = server.bind();
			address = bound.getHostString() + ":" + bound.getPort();
			Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
		}
		return "mongodb://" + address + "/" + database;
	}
}
