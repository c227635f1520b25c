package org.lantern.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.matching.catalogue.Catalogue;
import org.lantern.platform.events.EventCodec;
import org.lantern.platform.test.InMemoryMongo;
import org.lantern.platform.test.TopicProbe;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.DateWindow;
import org.lantern.shared.events.GatheringProposed;
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
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "lantern.planning.debounce=200ms")
@AutoConfigureMockMvc
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class ThemedNetworkMeetingFlowTest {

	static final String WIGAN = "E08000010", OLDHAM = "E08000004", BOLTON = "E08000001";

	static TopicProbe gatherings;

	@Autowired
	MockMvc mvc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	Catalogue catalogue;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> InMemoryMongo.uri("themed_meeting_test"));
	}

	@BeforeAll
	static void probe(@Autowired EmbeddedKafkaBroker broker) {
		gatherings = new TopicProbe(broker.getBrokersAsString(), Topics.GATHERINGS);
	}

	@AfterAll
	static void closeProbe() {
		gatherings.close();
	}

	void register(String id, String host, String title, String summary) {
		InnovationDetails details = new InnovationDetails(host, List.of(), title, summary,
				List.of(ServiceArea.COMMUNITY_ENGAGEMENT), InnovationType.SERVICE_DELIVERY, Stage.EMBEDDED,
				List.of("community groups", "residents"),
				new HostingOffer(List.of(Format.OPEN_DAY, Format.NETWORK_MEETING), 2, 15, List.of(), null),
				new Contact("Lead", id + "@host.example"));
		kafka.send(Topics.INNOVATIONS, id, codec.encode(new InnovationRegistered("evt-" + id, Instant.now(), id, details)));
	}

	static String themeAsk(String region) {
		return """
				{"requestedBy": "North West Regional Improvement Partnership", "region": "%s",
				 "theme": "Residents and community groups taking on local services in their neighbourhoods",
				 "serviceAreas": ["COMMUNITY_ENGAGEMENT"], "window": {"from": "2027-03-01", "to": "2027-05-28"},
				 "contact": {"name": "Rae Coordinator", "email": "rae@nw-improvement.example"}}
				""".formatted(region);
	}

	@Test
	void aRegionalBodySeesWhichOfItsCouncilsStillWaitForAPlaceAndWhy() throws Exception {
		InnovationDetails cameras = new InnovationDetails("E06000023", List.of(),
				"Fly-tipping enforcement cameras in hotspot lanes",
				"Bristol put enforcement cameras in fly-tipping hotspots and prosecuted the fly-tippers it caught.",
				List.of(ServiceArea.ENVIRONMENT_WASTE), InnovationType.SERVICE_DELIVERY, Stage.EMBEDDED,
				List.of("fly-tipping", "enforcement cameras"),
				new HostingOffer(List.of(Format.OPEN_DAY), 2, 4, List.of(), null), new Contact("Lead", "lead@bristol.example"));
		kafka.send(Topics.INNOVATIONS, "inn-bristol-cameras",
				codec.encode(new InnovationRegistered("evt-inn-bristol-cameras", Instant.now(), "inn-bristol-cameras",
						cameras)));
		await().until(() -> catalogue.find("inn-bristol-cameras").isPresent());
		kafka.send(Topics.LEARNING_REQUESTS, "South West",
				codec.encode(new LearningRequestSubmitted("evt-req-bath", Instant.now(), "req-bath", "E06000022",
						"South West", "Fly-tipping in our lanes keeps rising and we want enforcement cameras that catch the"
								+ " fly-tippers.",
						List.of(ServiceArea.ENVIRONMENT_WASTE), List.of(Format.OPEN_DAY),
						new DateWindow(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 28)), 80, 6,
						new Contact("Officer", "officer@bath.example"))));

		// Six officers, and the only host takes four: matched, but no gathering can take them.
		await().atMost(Duration.ofSeconds(40))
			.untilAsserted(() -> mvc.perform(get("/api/plan/unserved").param("region", "South West"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].requestId").value("req-bath"))
				.andExpect(jsonPath("$[0].seekerCouncil").value("E06000022"))
				.andExpect(jsonPath("$[0].reason").value("NO_CAPACITY"))
				.andExpect(jsonPath("$[0].explanation").value(org.hamcrest.Matchers.containsString("party of 6"))));
		mvc.perform(get("/api/plan/unserved").param("region", "North West"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.requestId == 'req-bath')]").isEmpty());
	}

	@Test
	void aRegionalBodyAsksForAThemedMeetingAndItIsProposedWithThePresentersAndTheSeekerWhoWantsThem()
			throws Exception {
		register("inn-wigan-deal", WIGAN, "The Deal: residents and community groups take on local services",
				"Wigan agreed a deal with residents: community groups take on local services in their neighbourhoods"
						+ " and the council invests in them.");
		register("inn-oldham-coop", OLDHAM, "Co-operative neighbourhoods run with residents",
				"Oldham residents and community groups co-design local services and decide how neighbourhood budgets"
						+ " are spent.");
		await().until(() -> catalogue.find("inn-wigan-deal").isPresent() && catalogue.find("inn-oldham-coop").isPresent());
		kafka.send(Topics.LEARNING_REQUESTS, "North West",
				codec.encode(new LearningRequestSubmitted("evt-req-bolton", Instant.now(), "req-bolton", BOLTON,
						"North West", "We want residents and community groups to take on local services in our neighbourhoods.",
						List.of(ServiceArea.COMMUNITY_ENGAGEMENT), List.of(Format.NETWORK_MEETING),
						new DateWindow(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30)), 60, 2,
						new Contact("Officer", "officer@bolton.example"))));

		String created = mvc.perform(post("/api/plan/theme-requests").contentType(MediaType.APPLICATION_JSON)
			.content(themeAsk("North West")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String themeId = JsonPath.read(created, "$.id");

		GatheringProposed meeting = (GatheringProposed) codec.decode(gatherings.await(
				r -> r.value().contains("\"themeRequestId\":\"" + themeId + "\"") && r.value().contains("req-bolton"),
				Duration.ofSeconds(40)).value());
		assertThat(meeting.kind().name()).isEqualTo("NETWORK_MEETING");
		assertThat(meeting.hosts()).extracting(h -> h.council()).containsExactlyInAnyOrder(WIGAN, OLDHAM);
		assertThat(meeting.date()).isBetween(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30));
		assertThat(meeting.theme().requestedBy()).isEqualTo("North West Regional Improvement Partnership");
		assertThat(meeting.theme().contact().email()).isEqualTo("rae@nw-improvement.example");
		assertThat(meeting.attendees()).singleElement().satisfies(a -> assertThat(a.reasons()).isNotEmpty());

		await().untilAsserted(() -> mvc.perform(get("/api/plan/theme-requests/" + themeId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.gatheringId").value(meeting.gatheringId()))
			.andExpect(jsonPath("$.reason").doesNotExist()));

		long withdrawnAt = System.currentTimeMillis();
		mvc.perform(delete("/api/plan/theme-requests/" + themeId)).andExpect(status().isOk());
		mvc.perform(get("/api/plan/theme-requests/" + themeId)).andExpect(status().isNotFound());
		// Bolton alone, who accepts only network meetings, is no meeting by itself: the proposal is withdrawn.
		gatherings.await(r -> r.timestamp() >= withdrawnAt && r.value().contains("gathering-proposal-withdrawn")
				&& r.value().contains(meeting.gatheringId()), Duration.ofSeconds(40));
		assertThat(gatherings.seen(r -> r.timestamp() >= withdrawnAt
				&& r.value().contains("\"themeRequestId\":\"" + themeId + "\""))).isEmpty();
	}

	@Test
	void anAskForARegionThatDoesNotExistIsRefusedWithAProblemAndLeavesNoTrace() throws Exception {
		mvc.perform(post("/api/plan/theme-requests").contentType(MediaType.APPLICATION_JSON)
			.content(themeAsk("Middle Earth")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Middle Earth")));

		mvc.perform(get("/api/plan/gatherings?region=Middle Earth")).andExpect(jsonPath("$.length()").value(0));
	}
}
