package org.lantern.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lantern.platform.test.TopicProbe.valueContains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.platform.KafkaErrorHandlingConfiguration;
import org.lantern.platform.events.EventCodec;
import org.lantern.platform.test.InMemoryMongo;
import org.lantern.platform.test.TopicProbe;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.events.InnovationDetails;
import org.lantern.shared.events.InnovationRegistered;
import org.lantern.shared.events.Topics;
import org.lantern.shared.reference.InnovationType;
import org.lantern.shared.reference.ServiceArea;
import org.lantern.shared.reference.Stage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class EvaluationApiTest {

	static TopicProbe topics;

	@Autowired
	MockMvc mvc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	KnownInnovationRepository known;

	@Autowired
	EvaluationRepository evaluations;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> InMemoryMongo.uri("evaluation_api_test"));
	}

	@BeforeAll
	static void probe(@Autowired EmbeddedKafkaBroker broker) {
		topics = new TopicProbe(broker.getBrokersAsString(), Topics.EVALUATIONS,
				Topics.deadLetter(Topics.INNOVATIONS));
	}

	@AfterAll
	static void closeProbe() {
		topics.close();
	}

	void innovationRegistered(String id) {
		InnovationDetails details = new InnovationDetails("E07000143", List.of(), "Shared revenues and benefits",
				"Five councils share one revenues and benefits service.", List.of(ServiceArea.REVENUES_BENEFITS),
				InnovationType.PROCESS_MANAGERIAL, Stage.EMBEDDED, List.of("shared service"), HostingOffer.defaults(),
				new Contact("Host", "host@breckland.example"));
		kafka.send(Topics.INNOVATIONS, id,
				codec.encode(new InnovationRegistered("evt-" + id, Instant.now(), id, details)));
	}

	static String evaluation(String innovationId) {
		return """
				{"innovationId": "%s", "outcome": "SUCCESS", "evidenceLevel": 3,
				 "metrics": "new claims processed in 15 days instead of 119", "transferability": "SIMILAR_AUTHORITIES",
				 "lessonsLearned": "Agree governance before IT", "evaluatedBy": "Internal audit"}
				""".formatted(innovationId);
	}

	@Test
	void shouldRecordAnEvaluationOfAKnownInnovationAndPublishIt() throws Exception {
		innovationRegistered("inn-arp");
		await().until(() -> known.existsById("inn-arp"));

		mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(evaluation("inn-arp")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.lessonsVisibility").value("ALL_COUNCILS"));

		var record = topics.await(valueContains("org.lantern.evaluation-completed.v1"));
		assertThat(record.key()).isEqualTo("inn-arp");
		assertThat(record.value()).contains("\"evidenceLevel\":3", "15 days instead of 119");
	}

	@Test
	void shouldRejectAnEvaluationOfAnUnknownInnovationAndStoreNothing() throws Exception {
		long before = evaluations.count();

		mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(evaluation("inn-nope")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("innovationId")));

		assertThat(evaluations.count()).isEqualTo(before);
	}

	@Test
	void shouldRejectAnOutOfRangeEvidenceLevel() throws Exception {
		mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content(evaluation("inn-arp").replace("\"evidenceLevel\": 3", "\"evidenceLevel\": 9")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("evidenceLevel")));
	}

	@Test
	void shouldDeadLetterAPoisonRecordWithItsReasonAndGoOn() {
		kafka.send(Topics.INNOVATIONS, "poison", "{\"specversion\": \"1.0\", \"this is\": \"not an event\"}");
		innovationRegistered("inn-after-poison");

		var dead = topics.await(r -> r.topic().equals(Topics.deadLetter(Topics.INNOVATIONS)));
		assertThat(dead.value()).contains("not an event");
		assertThat(TopicProbe.header(dead, KafkaErrorHandlingConfiguration.REASON_HEADER)).contains("Invalid envelope");
		await().until(() -> known.existsById("inn-after-poison"));
	}

	@Test
	void shouldIgnoreARedeliveredEvent() {
		innovationRegistered("inn-redelivered");
		await().until(() -> known.existsById("inn-redelivered"));
		known.deleteById("inn-redelivered");

		innovationRegistered("inn-redelivered");
		innovationRegistered("inn-marker");

		await().until(() -> known.existsById("inn-marker"));
		assertThat(known.existsById("inn-redelivered")).as("the same event id must not be applied twice").isFalse();
	}
}
