package org.lantern.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.platform.KafkaErrorHandlingConfiguration;
import org.lantern.platform.test.TopicProbe;
import org.lantern.shared.events.Topics;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The first flow end to end, through the real path: REST into the services, MongoDB, the outboxes, Kafka, the
 * matcher, and email. Subclasses choose the broker and the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndScenario {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GreenMail greenMail;

	private LanternStack stack;

	private TopicProbe topics;

	private KafkaProducer<String, String> thirdPartyClient;

	protected abstract String bootstrapServers();

	protected abstract String mongoUri(String database);

	@BeforeAll
	void startLantern() {
		greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
		greenMail.start();
		stack = LanternStack.start(bootstrapServers(), this::mongoUri, greenMail.getSmtp().getPort());
		topics = new TopicProbe(bootstrapServers(), Topics.MATCHES, Topics.deadLetter(Topics.LEARNING_REQUESTS));
		thirdPartyClient = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers()),
				new StringSerializer(), new StringSerializer());
		registerTheDemoCatalogue();
	}

	@AfterAll
	void stopLantern() {
		if (thirdPartyClient != null) {
			thirdPartyClient.close();
		}
		if (topics != null) {
			topics.close();
		}
		if (stack != null) {
			stack.close();
		}
		if (greenMail != null) {
			greenMail.stop();
		}
	}

	@Test
	void shouldProposeTheRightInnovationWithReasonsAndEmailBothSidesOnce() {
		ResponseEntity<Void> evaluation = recordEvaluation();
		assertThat(evaluation.getStatusCode().value()).isEqualTo(201);

		submitLearningRequest("req-e2e-bassetlaw", "seeker@bassetlaw.example");

		ConsumerRecord<String, String> proposal = topics.await(record -> record.value()
			.contains("org.lantern.match-proposed.v1") && record.value().contains("\"requestId\":\"req-e2e-bassetlaw\"")
				&& record.value().contains("\"rank\":1"));
		assertThat(proposal.key()).isEqualTo("req-e2e-bassetlaw");
		assertThat(proposal.value()).contains("\"innovationId\":\"inn-arp-shared-revenues-benefits\"");

		await().atMost(Duration.ofSeconds(30))
			.until(() -> mailTo("seeker@bassetlaw.example").size() == 1
					&& mailTo("revenues.lead@breckland.example").size() == 1);
		String seekerMail = GreenMailUtil.getBody(mailTo("seeker@bassetlaw.example").get(0));
		assertThat(seekerMail).contains("Anglia Revenues Partnership", "Breckland");

		// The same proposal delivered again (a broker retry, a relay crash) must not write to anyone again. The
		// marker request matches Breckland too, so the host's mail is counted for this proposal's event only.
		String eventId = JSON.readTree(proposal.value()).path("id").asString();
		thirdPartyClient.send(new ProducerRecord<>(Topics.MATCHES, proposal.key(), proposal.value()));
		submitLearningRequest("req-e2e-marker", "marker@bassetlaw.example");
		await().atMost(Duration.ofSeconds(30)).until(() -> mailTo("marker@bassetlaw.example").size() == 1);
		assertThat(mailTo("seeker@bassetlaw.example")).extracting(EndToEndScenario::describe).hasSize(1);
		assertThat(mailTo("revenues.lead@breckland.example")).extracting(EndToEndScenario::describe)
			.filteredOn(mail -> mail.endsWith(eventId))
			.hasSize(1);

		List<?> proposals = stack.client("matching-service")
			.get()
			.uri("/api/matches?requestId=req-e2e-bassetlaw")
			.retrieve()
			.body(List.class);
		assertThat(proposals).isNotEmpty();
	}

	@Test
	void shouldAnswerALearningRequestPublishedByAThirdPartyClientAsDocumented() throws IOException {
		String documented;
		try (InputStream in = getClass().getResourceAsStream("/learning-request.json")) {
			documented = new String(in.readAllBytes()).strip();
		}
		thirdPartyClient.send(new ProducerRecord<>(Topics.LEARNING_REQUESTS, "East of England", documented));

		ConsumerRecord<String, String> answer = topics.await(record -> record.value().contains("req-kcat-001")
				&& (record.value().contains("match-proposed") || record.value().contains("request-unmatched")));
		assertThat(answer.value()).contains("org.lantern.match-proposed.v1");
	}

	@Test
	void shouldDeadLetterARequestFromAnUnknownCouncilWithTheReasonAndGoOn() {
		String bad = """
				{"specversion":"1.0","id":"evt-unknown-council","source":"/test","type":"org.lantern.learning-request.v1",
				 "time":"2026-11-23T10:00:00Z","datacontenttype":"application/json",
				 "data":{"eventId":"evt-unknown-council","occurredAt":"2026-11-23T10:00:00Z","requestId":"req-nowhere",
				  "seekerCouncil":"E99999999","topic":"How do others run telecare?","serviceAreas":["ADULT_SOCIAL_CARE"],
				  "formats":["VIRTUAL"],"window":{"from":"2027-01-04","to":"2027-06-30"},"maxTravelKm":100,"attendees":1}}
				""";
		thirdPartyClient.send(new ProducerRecord<>(Topics.LEARNING_REQUESTS, "nowhere", bad));
		submitLearningRequest("req-e2e-after-poison", "after@bassetlaw.example");

		ConsumerRecord<String, String> dead = topics
			.await(record -> record.topic().equals(Topics.deadLetter(Topics.LEARNING_REQUESTS))
					&& record.value().contains("req-nowhere"));
		assertThat(TopicProbe.header(dead, KafkaErrorHandlingConfiguration.REASON_HEADER))
			.contains("Unknown seekerCouncil 'E99999999'");
		topics.await(record -> record.topic().equals(Topics.MATCHES)
				&& record.value().contains("\"requestId\":\"req-e2e-after-poison\""));
	}

	private void registerTheDemoCatalogue() {
		List<Map<String, Object>> catalogue;
		try (InputStream in = getClass().getResourceAsStream("/lantern/demo-innovations.json")) {
			catalogue = JSON.readValue(in, new TypeReference<>() {
			});
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		for (Map<String, Object> source : catalogue) {
			Map<String, Object> body = new LinkedHashMap<>();
			for (String field : List.of("id", "hostCouncil", "partnerCouncils", "title", "summary", "serviceAreas",
					"innovationType", "stage", "keywords")) {
				body.put(field, source.get(field));
			}
			String email = source.get("id").equals("inn-arp-shared-revenues-benefits")
					? "revenues.lead@breckland.example" : "lead." + source.get("id") + "@councils.example";
			body.put("contact", Map.of("name", "Innovation lead", "email", email));
			stack.client("innovation-service")
				.post()
				.uri("/api/innovations")
				.contentType(MediaType.APPLICATION_JSON)
				.body(body)
				.retrieve()
				.toBodilessEntity();
		}
		// Requests decided before the matcher has the whole catalogue would first be told "no match yet".
		await().atMost(Duration.ofSeconds(60))
			.until(() -> ((Number) stack.client("matching-service").get().uri("/api/catalogue").retrieve()
				.body(Map.class).get("matchable")).intValue() == catalogue.size());
	}

	/** The evaluation service learns of innovations from Kafka, so it may not know this one for a moment. */
	private ResponseEntity<Void> recordEvaluation() {
		Map<String, Object> evaluation = Map.of("innovationId", "inn-arp-shared-revenues-benefits", "outcome",
				"SUCCESS", "evidenceLevel", 2, "transferability", "SIMILAR_AUTHORITIES", "metrics",
				"new claims 119 -> 15 days; council tax collection 96% -> 98%; about 400k a year saved",
				"evaluatedBy", "Audit Commission, Seeing the light (2007)");
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> stack.client("evaluation-service")
				.post()
				.uri("/api/evaluations")
				.contentType(MediaType.APPLICATION_JSON)
				.body(evaluation)
				.retrieve()
				.onStatus(HttpStatusCode::is4xxClientError, (request, response) -> {
				})
				.toBodilessEntity(), response -> response.getStatusCode().value() == 201);
	}

	private void submitLearningRequest(String id, String email) {
		Map<String, Object> request = Map.of("id", id, "seekerCouncil", "E07000171", "topic",
				"New housing benefit and council tax reduction claims are taking us over 40 days to process and our"
						+ " revenues and benefits costs keep rising. We want to see how neighbouring districts set up a"
						+ " joint revenues and benefits service.",
				"serviceAreas", List.of("REVENUES_BENEFITS"), "formats", List.of("HOSTED_VISIT", "OPEN_DAY", "VIRTUAL"),
				"window", Map.of("from", "2027-02-01", "to", "2027-05-31"), "maxTravelKm", 250, "attendees", 3,
				"contact", Map.of("name", "Sam Seeker", "email", email));
		stack.client("learning-service")
			.post()
			.uri("/api/learning-requests")
			.contentType(MediaType.APPLICATION_JSON)
			.body(request)
			.retrieve()
			.toBodilessEntity();
	}

	private static String describe(MimeMessage message) {
		try {
			return message.getSubject() + " " + String.join(",", message.getHeader("X-Lantern-Event"));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<MimeMessage> mailTo(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
			try {
				return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}
}
