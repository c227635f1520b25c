package org.lantern.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lantern.evaluation.EvaluationServiceApplication;
import org.lantern.gathering.GatheringServiceApplication;
import org.lantern.innovation.InnovationServiceApplication;
import org.lantern.learning.LearningServiceApplication;
import org.lantern.matching.MatchingServiceApplication;
import org.lantern.notification.NotificationServiceApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * All Lantern services in one JVM, each in its own Spring context with its own port, database and consumer group,
 * against the broker, MongoDB and SMTP server a test gives it. The services' {@code application.yml} files share one
 * classpath here, so none is read: every setting a service needs is passed to it explicitly.
 */
final class LanternStack implements AutoCloseable {

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private final Map<String, Integer> ports = new LinkedHashMap<>();

	interface MongoUris {

		String uri(String database);
	}

	static LanternStack start(String bootstrapServers, MongoUris mongo, int smtpPort) {
		LanternStack stack = new LanternStack();
		try {
			stack.run(InnovationServiceApplication.class, "innovation-service", bootstrapServers, mongo,
					"--lantern.outbox.collections=innovations");
			stack.run(EvaluationServiceApplication.class, "evaluation-service", bootstrapServers, mongo,
					"--lantern.outbox.collections=evaluations");
			stack.run(LearningServiceApplication.class, "learning-service", bootstrapServers, mongo,
					"--lantern.outbox.collections=learning_requests");
			stack.run(MatchingServiceApplication.class, "matching-service", bootstrapServers, mongo,
					"--lantern.outbox.collections=decisions,region_plans", "--lantern.planning.debounce=500ms");
			stack.run(NotificationServiceApplication.class, "notification-service", bootstrapServers, mongo,
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
					"--lantern.mail.dispatch-interval=100ms");
			stack.run(GatheringServiceApplication.class, "gathering-service", bootstrapServers, mongo,
					"--lantern.outbox.collections=gatherings", "--lantern.gathering.due-work-interval=200ms",
					"--spring.main.sources=" + StackClock.class.getName());
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	private void run(Class<?> application, String name, String bootstrapServers, MongoUris mongo,
			String... extra) {
		List<String> args = new ArrayList<>(List.of("--spring.config.name=lantern-system-test",
				"--spring.application.name=" + name, "--server.port=0",
				"--spring.mongodb.uri=" + mongo.uri(name.replace('-', '_')),
				"--spring.kafka.bootstrap-servers=" + bootstrapServers, "--spring.main.banner-mode=off"));
		args.addAll(List.of(extra));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.run(args.toArray(String[]::new));
		contexts.add(context);
		ports.put(name, Integer.valueOf(context.getEnvironment().getRequiredProperty("local.server.port")));
	}

	RestClient client(String service) {
		return RestClient.create("http://127.0.0.1:" + ports.get(service));
	}

	@Override
	public void close() {
		for (int i = contexts.size() - 1; i >= 0; i--) {
			contexts.get(i).close();
		}
	}
}
