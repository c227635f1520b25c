package org.lantern.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The infrastructure {@code ./lantern up} runs in its JVM, each on free ports and a temporary directory. */
class EmbeddedInfrastructureTest {

	@TempDir
	Path dir;

	@Test
	void kafkaBrokerTakesAndGivesBackARecordAndRestartsOnItsStorage() throws Exception {
		int port = freePort();
		int controllerPort = freePort();
		Path logDir = dir.resolve("kafka");
		try (EmbeddedKafka kafka = EmbeddedKafka.start(logDir, "127.0.0.1", port, controllerPort)) {
			assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
			try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
					ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
					ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
					ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
				producer.send(new ProducerRecord<>("lantern.test", "inn-1", "{\"hello\":\"kafka\"}")).get();
			}
			try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
					ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
					ConsumerConfig.GROUP_ID_CONFIG, "launcher-test",
					ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
					ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
					ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
				consumer.subscribe(List.of("lantern.test"));
				List<ConsumerRecord<String, String>> received = new ArrayList<>();
				await().atMost(Duration.ofSeconds(20)).until(() -> {
					consumer.poll(Duration.ofMillis(200)).forEach(received::add);
					return !received.isEmpty();
				});
				assertThat(received.get(0).key()).isEqualTo("inn-1");
				assertThat(received.get(0).value()).isEqualTo("{\"hello\":\"kafka\"}");
			}
		}
		assertThat(logDir.resolve("meta.properties")).exists();
	}

	@Test
	void mongoAnswersAndKeepsItsDataInTheFileAcrossARestart() throws Exception {
		Path file = dir.resolve("mongo.mv");
		try (EmbeddedMongo mongo = EmbeddedMongo.start(file, "127.0.0.1", 0);
				MongoClient client = MongoClients.create(mongo.uri("innovation_service"))) {
			Document ping = client.getDatabase("admin").runCommand(new Document("ping", 1));
			assertThat(ping.get("ok", Number.class).intValue()).isEqualTo(1);
			// What Spring Boot's MongoHealthIndicator sends; mongo-java-server alone does not know it.
			Document hello = client.getDatabase("innovation_service").runCommand(new Document("hello", 1));
			assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
			assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
			assertThat(hello.get("maxWireVersion", Number.class).intValue()).isPositive();
			client.getDatabase("innovation_service").getCollection("innovations")
				.insertOne(new Document("_id", "inn-1").append("title", "Kept"));
		}
		try (EmbeddedMongo mongo = EmbeddedMongo.start(file, "127.0.0.1", 0);
				MongoClient client = MongoClients.create(mongo.uri("innovation_service"))) {
			MongoCollection<Document> innovations = client.getDatabase("innovation_service").getCollection("innovations");
			assertThat(innovations.find(new Document("_id", "inn-1")).first()).containsEntry("title", "Kept");
		}
	}

	@Test
	void greenMailStoresEveryRecipientsMailAndACopyForTheLanternUser() throws Exception {
		int smtp = freePort();
		int imap = freePort();
		try (EmbeddedMail mail = EmbeddedMail.start("127.0.0.1", smtp, imap, "lantern@localhost", "lantern")) {
			Properties props = new Properties();
			props.put("mail.smtp.host", "127.0.0.1");
			props.put("mail.smtp.port", String.valueOf(smtp));
			props.put("mail.smtp.auth", "true");
			Session session = Session.getInstance(props);
			MimeMessage message = new MimeMessage(session);
			message.setFrom("noreply@lantern.test");
			message.setRecipients(Message.RecipientType.TO, new InternetAddress[] {
					new InternetAddress("seeker.req-1@councils.lantern.test"),
					new InternetAddress("lead.inn-1@councils.lantern.test") });
			message.setSubject("A match for your learning request");
			message.setText("Sutton can show you its care tablets.");
			Transport.send(message, "lantern@localhost", "lantern");

			await().atMost(Duration.ofSeconds(10)).until(() -> mail.allMail().size() == 1);
			assertThat(mail.allMail().get(0).getSubject()).isEqualTo("A match for your learning request");
			assertThat(MailView.json(mail.allMail(), 10)).contains("Sutton can show you its care tablets.");

			// The documented way to read it: IMAP with the Lantern user, or as the recipient (login = password = address).
			assertThat(imapInboxSize(imap, "lantern@localhost", "lantern")).isEqualTo(1);
			assertThat(imapInboxSize(imap, "seeker.req-1@councils.lantern.test", "seeker.req-1@councils.lantern.test"))
				.isEqualTo(1);
		}
	}

	private static int imapInboxSize(int port, String user, String password) throws Exception {
		Properties props = new Properties();
		props.put("mail.imap.host", "127.0.0.1");
		props.put("mail.imap.port", String.valueOf(port));
		Store store = Session.getInstance(props).getStore("imap");
		store.connect(user, password);
		try {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			try {
				return inbox.getMessageCount();
			}
			finally {
				inbox.close(false);
			}
		}
		finally {
			store.close();
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
