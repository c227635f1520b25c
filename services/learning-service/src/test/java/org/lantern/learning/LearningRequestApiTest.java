package org.lantern.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.platform.test.TopicProbe.valueContains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class LearningRequestApiTest {

	static TopicProbe requestsTopic;

	@Autowired
	MockMvc mvc;

	@Autowired
	LearningRequestRepository repository;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> InMemoryMongo.uri("learning_api_test"));
	}

	@BeforeAll
	static void probe(@Autowired EmbeddedKafkaBroker broker) {
		requestsTopic = new TopicProbe(broker.getBrokersAsString(), Topics.LEARNING_REQUESTS);
	}

	@AfterAll
	static void closeProbe() {
		requestsTopic.close();
	}

	static String request(String id) {
		return """
				{"id": "%s", "seekerCouncil": "E07000171",
				 "topic": "New benefit claims take us over 40 days and costs keep rising",
				 "serviceAreas": ["REVENUES_BENEFITS"], "formats": ["OPEN_DAY", "VIRTUAL"],
				 "window": {"from": "2030-02-01", "to": "2030-05-31"}, "maxTravelKm": 250, "attendees": 3,
				 "contact": {"name": "Sam Seeker", "email": "sam@bassetlaw.example"}}
				""".formatted(id);
	}

	@Test
	void shouldPublishALearningRequestKeyedByTheSeekersRegion() throws Exception {
		mvc.perform(post("/api/learning-requests").contentType(MediaType.APPLICATION_JSON).content(request("req-one")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.seekerRegion").value("East Midlands"))
			.andExpect(jsonPath("$.status").value("OPEN"));

		var record = requestsTopic.await(valueContains("\"requestId\":\"req-one\""));
		assertThat(record.key()).isEqualTo("East Midlands");
		assertThat(record.value()).contains("org.lantern.learning-request.v1");
	}

	@Test
	void shouldPublishAWithdrawal() throws Exception {
		mvc.perform(post("/api/learning-requests").contentType(MediaType.APPLICATION_JSON).content(request("req-two")))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/learning-requests/req-two/withdraw").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Found help elsewhere\"}")).andExpect(jsonPath("$.status").value("WITHDRAWN"));

		requestsTopic.await(valueContains("org.lantern.learning-request-withdrawn.v1"));
		mvc.perform(post("/api/learning-requests/req-two/withdraw")).andExpect(status().isConflict());
	}

	@Test
	void shouldRejectBadInputNamingTheFieldAndLeaveNoTrace() throws Exception {
		long before = repository.count();
		expectBadRequest(request("req-bad-1").replace("E07000171", "E0700017X"), "seekerCouncil");
		expectBadRequest(request("req-bad-2").replace("\"OPEN_DAY\"", "\"PICNIC\""), "formats[0]");
		expectBadRequest(request("req-bad-3").replace("\"to\": \"2030-05-31\"", "\"to\": \"2030-01-01\""), "window");
		expectBadRequest(request("req-bad-4").replace("\"attendees\": 3", "\"attendees\": 0"), "attendees");
		expectBadRequest(request("req-bad-5").replace("New benefit", "x".repeat(4001)), "topic");
		expectBadRequest(request("req-bad-6").replace("\"2030-02-01\"", "\"1 Feb\""), "window.from");
		expectBadRequest("not json at all", "Malformed JSON");

		mvc.perform(post("/api/learning-requests").contentType(MediaType.APPLICATION_JSON).content(request("req-good")))
			.andExpect(status().isCreated());
		requestsTopic.await(valueContains("req-good"));
		assertThat(requestsTopic.seen(valueContains("req-bad-"))).isEmpty();
		assertThat(repository.count()).isEqualTo(before + 1);
	}

	private void expectBadRequest(String body, String named) throws Exception {
		mvc.perform(post("/api/learning-requests").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(named)));
	}
}
