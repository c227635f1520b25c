package org.lantern.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.platform.events.EventCodec;
import org.lantern.platform.test.InMemoryMongo;
import org.lantern.platform.test.TopicProbe;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.DateWindow;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.events.InnovationDetails;
import org.lantern.shared.events.InnovationRegistered;
import org.lantern.shared.events.LearningRequestSubmitted;
import org.lantern.shared.events.Topics;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.InnovationType;
import org.lantern.shared.reference.ServiceArea;
import org.lantern.shared.reference.Stage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class MatchingFlowTest {

	static TopicProbe matches;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventCodec codec;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> InMemoryMongo.uri("matching_flow_test"));
	}

	@BeforeAll
	static void probe(@Autowired EmbeddedKafkaBroker broker) {
		matches = new TopicProbe(broker.getBrokersAsString(), Topics.MATCHES);
	}

	@AfterAll
	static void closeProbe() {
		matches.close();
	}

	void register(String id, String host, String title, String summary, ServiceArea area, String... keywords) {
		InnovationDetails details = new InnovationDetails(host, List.of(), title, summary, List.of(area),
				InnovationType.SERVICE_DELIVERY, Stage.EMBEDDED, List.of(keywords), HostingOffer.defaults(),
				new Contact("Lead", "lead@" + id + ".example"));
		kafka.send(Topics.INNOVATIONS, id, codec.encode(new InnovationRegistered("evt-" + id, Instant.now(), id, details)));
	}

	void ask(String requestId, String topic, ServiceArea area) {
		kafka.send(Topics.LEARNING_REQUESTS, "West Midlands",
				codec.encode(new LearningRequestSubmitted("evt-" + requestId, Instant.now(), requestId, "E08000026",
						"West Midlands", topic, List.of(area), List.of(Format.OPEN_DAY, Format.VIRTUAL),
						new DateWindow(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30)), 200, 2,
						new Contact("Officer", "officer@coventry.example"))));
	}

	@Test
	void shouldSayWhyNothingFitsAndProposeOnceAFittingInnovationIsRegistered() {
		register("inn-shared-revenues", "E07000143", "Shared revenues and benefits partnership",
				"Five district councils run one revenues and benefits service, cutting new claim times from 119 to 15"
						+ " days.",
				ServiceArea.REVENUES_BENEFITS, "shared service", "housing benefit");
		ask("req-burials", "We are running out of burial space in our cemeteries and need options for new"
				+ " burial grounds and natural burial.", ServiceArea.ENVIRONMENT_WASTE);

		var unmatched = matches.await(r -> r.value().contains("req-burials"));
		assertThat(unmatched.value()).contains("org.lantern.request-unmatched.v1", "NO_RELEVANT_INNOVATION");

		register("inn-natural-burial", "E07000222", "Natural burial ground extends cemetery capacity",
				"The council opened a woodland natural burial ground beside its full cemetery, creating burial space"
						+ " for twenty years and a new green space.",
				ServiceArea.ENVIRONMENT_WASTE, "cemetery", "burial space", "natural burial");

		var proposed = matches.await(r -> r.value().contains("req-burials")
				&& r.value().contains("org.lantern.match-proposed.v1"));
		assertThat(proposed.value()).contains("\"innovationId\":\"inn-natural-burial\"", "\"rank\":1");
	}

	@Test
	void shouldRefuseAWeightTheEngineDoesNotHave() {
		MatchingProperties properties = new MatchingProperties(3, Map.of("charisma", 1.0));

		assertThatThrownBy(properties::matchWeights).hasMessageContaining("charisma");
	}
}
