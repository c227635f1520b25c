package org.lantern.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lantern.notification.mail.MailStatus;
import org.lantern.notification.mail.OutgoingMail;
import org.lantern.platform.events.EventCodec;
import org.lantern.platform.test.InMemoryMongo;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.MatchProposed;
import org.lantern.shared.events.RequestUnmatched;
import org.lantern.shared.events.Topics;
import org.lantern.shared.events.UnmatchedReason;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = { "lantern.mail.dispatch-interval=100ms", "lantern.mail.first-retry-delay=200ms" })
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class MatchEmailTest {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	MongoTemplate mongo;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> InMemoryMongo.uri("notification_test"));
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	static MatchProposed match(String eventId, String seekerEmail, String hostEmail) {
		return new MatchProposed(eventId, Instant.now(), "req-" + eventId, "E07000171", "Bassetlaw",
				new Contact("Sam Seeker", seekerEmail), "inn-arp", "Anglia Revenues Partnership", "E07000143",
				"Breckland", new Contact("Hana Host", hostEmail), 0.87,
				List.of("Breckland's shared revenues service cut new-claim processing from 119 to 15 days",
						"a district like yours", "48 km away"),
				Map.of("relevance", 0.9), false, 1);
	}

	List<MimeMessage> mailTo(String address) {
		return Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> recipients(m).contains(address))
			.toList();
	}

	static String recipients(MimeMessage message) {
		try {
			return GreenMailUtil.getAddressList(message.getAllRecipients());
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void shouldEmailSeekerAndHostWhatWasMatchedAndWhy() throws Exception {
		kafka.send(Topics.MATCHES, "req-1", codec.encode(match("evt-match-1", "seeker1@bassetlaw.example",
				"host1@breckland.example")));

		await().until(() -> mailTo("seeker1@bassetlaw.example").size() == 1
				&& mailTo("host1@breckland.example").size() == 1);
		MimeMessage seekerMail = mailTo("seeker1@bassetlaw.example").get(0);
		assertThat(seekerMail.getSubject()).isEqualTo("Lantern suggests Breckland: Anglia Revenues Partnership");
		String body = GreenMailUtil.getBody(seekerMail);
		assertThat(body).contains("from 119 to 15 days", "a district like yours", "48 km away", "text/html",
				"text/plain");
		assertThat(mailTo("host1@breckland.example").get(0).getSubject())
			.isEqualTo("Bassetlaw would like to learn from \"Anglia Revenues Partnership\"");
	}

	@Test
	void shouldNotSendASecondEmailWhenAnEventIsRedelivered() {
		String event = codec.encode(match("evt-match-2", "seeker2@bassetlaw.example", "host2@breckland.example"));
		kafka.send(Topics.MATCHES, "req-2", event);
		kafka.send(Topics.MATCHES, "req-2", event);
		kafka.send(Topics.MATCHES, "marker", codec.encode(match("evt-marker", "marker@x.example", "marker-host@x.example")));

		await().until(() -> mailTo("marker@x.example").size() == 1);
		await().until(() -> mailTo("host2@breckland.example").size() == 1);
		assertThat(mailTo("seeker2@bassetlaw.example")).hasSize(1);
	}

	@Test
	void shouldTellASeekerWhyNothingWasProposed() {
		kafka.send(Topics.MATCHES, "req-3", codec.encode(new RequestUnmatched("evt-unmatched-3", Instant.now(),
				"req-3", "E07000171", new Contact("Sam", "seeker3@bassetlaw.example"),
				UnmatchedReason.NO_RELEVANT_INNOVATION, "No registered innovation addresses fly-tipping yet.")));

		await().until(() -> mailTo("seeker3@bassetlaw.example").size() == 1);
		assertThat(GreenMailUtil.getBody(mailTo("seeker3@bassetlaw.example").get(0)))
			.contains("No registered innovation addresses fly-tipping yet.");
	}

	@Test
	void shouldKeepMailQueuedWhileTheMailServerIsAwayAndSendItWhenItIsBack() {
		greenMail.stop();
		kafka.send(Topics.MATCHES, "req-4",
				codec.encode(match("evt-outage-4", "seeker4@bassetlaw.example", "host4@breckland.example")));

		await().until(() -> {
			OutgoingMail mail = mongo.findById("evt-outage-4:seeker", OutgoingMail.class);
			return mail != null && mail.attempts() >= 1 && mail.status() == MailStatus.PENDING;
		});

		greenMail.start();
		await().until(() -> mailTo("seeker4@bassetlaw.example").size() == 1);
		await().until(() -> mongo.count(Query.query(Criteria.where("eventId").is("evt-outage-4")
			.and("status").is(MailStatus.SENT)), OutgoingMail.class) == 2);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
