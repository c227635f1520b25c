package org.lantern.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.platform.test.TopicProbe.valueContains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.platform.test.InMemoryMongo;
import org.lantern.platform.test.TopicProbe;
import org.lantern.shared.events.Topics;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class InnovationApiTest {

	static TopicProbe innovationsTopic;

	@Autowired
	MockMvc mvc;

	@Autowired
	InnovationRepository repository;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> InMemoryMongo.uri("innovation_api_test"));
	}

	@BeforeAll
	static void probe(@Autowired EmbeddedKafkaBroker broker) {
		innovationsTopic = new TopicProbe(broker.getBrokersAsString(), Topics.INNOVATIONS);
	}

	@AfterAll
	static void closeProbe() {
		innovationsTopic.close();
	}

	static String innovation(String id, String hostCouncil, String title) {
		return """
				{"id": "%s", "hostCouncil": "%s", "title": "%s",
				 "summary": "Officers assess care charges at home on tablets, cutting six weeks to hours.",
				 "serviceAreas": ["ADULT_SOCIAL_CARE"], "innovationType": "PROCESS_MANAGERIAL", "stage": "EMBEDDED",
				 "keywords": ["financial assessment"],
				 "hostingOffer": {"formats": ["OPEN_DAY", "VIRTUAL"], "maxGatheringsPerQuarter": 2,
				                  "maxVisitorsPerGathering": 12, "blackoutDates": ["2027-04-14"]},
				 "contact": {"name": "Alex Host", "email": "alex@sutton.example"}}
				""".formatted(id, hostCouncil, title);
	}

	@Test
	void shouldPublishInnovationRegisteredThroughTheOutbox() throws Exception {
		mvc.perform(post("/api/innovations").contentType(MediaType.APPLICATION_JSON)
			.content(innovation("inn-care-tablets", "E09000029", "Tablets for care charging")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value("inn-care-tablets"))
			.andExpect(jsonPath("$.hostCouncilName").value("Sutton"))
			.andExpect(jsonPath("$.innovation.hostingOffer.maxVisitorsPerGathering").value(12));

		var record = innovationsTopic.await(valueContains("\"innovationId\":\"inn-care-tablets\""));
		assertThat(record.key()).isEqualTo("inn-care-tablets");
		assertThat(record.value()).contains("\"type\":\"org.lantern.innovation-registered.v1\"");
		assertThat(TopicProbe.header(record, "content-type")).isEqualTo("application/cloudevents+json");
		org.awaitility.Awaitility.await()
			.untilAsserted(() -> assertThat(repository.findById("inn-care-tablets").orElseThrow().getOutbox()).isEmpty());
	}

	@Test
	void shouldApplyDefaultHostingOfferWhenNoneIsGiven() throws Exception {
		String withoutOffer = innovation("inn-default-offer", "E09000029", "Default offer")
			.replaceAll("\"hostingOffer\": \\{[^}]*},", "");

		mvc.perform(post("/api/innovations").contentType(MediaType.APPLICATION_JSON).content(withoutOffer))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.innovation.hostingOffer.maxGatheringsPerQuarter").value(2))
			.andExpect(jsonPath("$.innovation.hostingOffer.formats[0]").value("OPEN_DAY"));
	}

	@Test
	void shouldPublishUpdatesAndWithdrawalAndRefuseChangesAfterWithdrawal() throws Exception {
		mvc.perform(post("/api/innovations").contentType(MediaType.APPLICATION_JSON)
			.content(innovation("inn-lifecycle", "E09000029", "First title")))
			.andExpect(status().isCreated());
		mvc.perform(put("/api/innovations/inn-lifecycle").contentType(MediaType.APPLICATION_JSON)
			.content(innovation("inn-lifecycle", "E09000029", "Second title")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.innovation.title").value("Second title"));
		mvc.perform(post("/api/innovations/inn-lifecycle/withdraw").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Service decommissioned\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));

		innovationsTopic.await(valueContains("org.lantern.innovation-withdrawn.v1"));
		// At least once: a save racing the relay can publish an event twice; consumers drop the copy by its id.
		Map<String, String> typeById = new LinkedHashMap<>();
		for (var record : innovationsTopic.seen(valueContains("\"innovationId\":\"inn-lifecycle\""))) {
			typeById.putIfAbsent(record.value().replaceAll("^.*?\"id\":\"([^\"]+)\".*$", "$1"),
					record.value().replaceAll(".*\"type\":\"org\\.lantern\\.([a-z-]+)\\.v1\".*", "$1"));
		}
		assertThat(typeById.values()).containsExactly("innovation-registered", "innovation-updated",
				"innovation-withdrawn");

		mvc.perform(put("/api/innovations/inn-lifecycle").contentType(MediaType.APPLICATION_JSON)
			.content(innovation("inn-lifecycle", "E09000029", "Third title")))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void shouldRefuseADuplicateId() throws Exception {
		mvc.perform(post("/api/innovations").contentType(MediaType.APPLICATION_JSON)
			.content(innovation("inn-dup", "E09000029", "Once"))).andExpect(status().isCreated());

		mvc.perform(post("/api/innovations").contentType(MediaType.APPLICATION_JSON)
			.content(innovation("inn-dup", "E09000029", "Twice")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("inn-dup")));
	}

	@Test
	void shouldRejectBadInputNamingTheFieldAndLeaveNoTrace() throws Exception {
		long before = repository.count();
		expectBadRequest(innovation("inn-bad-1", "X99999999", "Bad council"), "hostCouncil");
		expectBadRequest(innovation("inn-bad-2", "E09000029", "Bad enum").replace("ADULT_SOCIAL_CARE", "KNITTING"),
				"serviceAreas[0]");
		expectBadRequest(innovation("inn-bad-3", "E09000029", "x".repeat(201)), "title");
		expectBadRequest(innovation("inn-bad-4", "E09000029", "No summary").replaceAll("\"summary\": \"[^\"]*\",", ""),
				"summary");
		expectBadRequest(innovation("inn-bad-5", "E09000029", "Bad mail").replace("alex@sutton.example",
				"alex@sutton.example\\r\\nBcc: everyone@example.org"), "contact.email");
		expectBadRequest("{\"id\": \"inn-bad-6\", \"title\": ", "Malformed JSON");

		// A good registration after the bad ones: once it is on the topic, the bad ones would have been too.
		mvc.perform(post("/api/innovations").contentType(MediaType.APPLICATION_JSON)
			.content(innovation("inn-after-bad", "E09000029", "Good one"))).andExpect(status().isCreated());
		innovationsTopic.await(valueContains("inn-after-bad"));
		assertThat(innovationsTopic.seen(valueContains("inn-bad-"))).isEmpty();
		assertThat(repository.count()).isEqualTo(before + 1);
	}

	@Test
	void shouldDescribeItsApiInOpenApi() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/innovations'].post").exists());
	}

	private void expectBadRequest(String body, String named) throws Exception {
		mvc.perform(post("/api/innovations").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(named)));
	}
}
