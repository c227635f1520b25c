package org.lantern.gathering.gatherings;

import org.lantern.platform.test.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.lantern.gathering.gatherings.Proposals.OTHER_HOST;
import static org.lantern.gathering.gatherings.Proposals.SEEKERS;
import static org.lantern.gathering.gatherings.Proposals.VENUE;
import static org.lantern.gathering.gatherings.Proposals.proposal;
import static org.lantern.gathering.gatherings.Proposals.requestId;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.platform.events.EventCodec;
import org.lantern.platform.test.InMemoryMongo;
import org.lantern.platform.test.TopicProbe;
import org.lantern.shared.events.AdoptionReported;
import org.lantern.shared.events.FeedbackSubmitted;
import org.lantern.shared.events.GatheringCancelled;
import org.lantern.shared.events.GatheringConfirmed;
import org.lantern.shared.events.GatheringDeclined;
import org.lantern.shared.events.GatheringEvent;
import org.lantern.shared.events.GatheringHeld;
import org.lantern.shared.events.GatheringProposalWithdrawn;
import org.lantern.shared.events.GatheringProposed;
import org.lantern.shared.events.GatheringSeekersAdded;
import org.lantern.shared.events.GatheringRescheduled;
import org.lantern.shared.events.InvitationAccepted;
import org.lantern.shared.events.InvitationDeclined;
import org.lantern.shared.events.LanternEvent;
import org.lantern.shared.events.Topics;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(properties = "lantern.gathering.due-work-interval=100ms")
@AutoConfigureMockMvc
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class GatheringApiTest {

	static final Instant START = Instant.parse("2027-01-04T09:00:00Z");

	static final LocalDate DATE = LocalDate.of(2027, 3, 10);

	static TopicProbe gatheringsTopic;

	@Autowired
	MockMvc mvc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	GatheringRepository repository;

	@Autowired
	GatheringService service;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@TestConfiguration
	static class Time {

		@Bean
		MutableClock clock() {
			return new MutableClock(START);
		}
	}

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> InMemoryMongo.uri("gathering_api_test"));
	}

	@BeforeAll
	static void probe(@Autowired EmbeddedKafkaBroker broker) {
		gatheringsTopic = new TopicProbe(broker.getBrokersAsString(), Topics.GATHERINGS);
	}

	@AfterAll
	static void closeProbe() {
		gatheringsTopic.close();
	}

	@BeforeEach
	void backToTheStart() {
		clock.set(START);
	}

	@Test
	void shouldTakeAProposalOnceAndConfirmItWhenTheVenueHostConfirms() throws Exception {
		GatheringProposed proposal = proposal("g-confirm", DATE, 10, 3, 2);
		propose(proposal);
		// Redelivered: nothing changes.
		kafka.send(Topics.GATHERINGS, "g-confirm", codec.encode(proposal));

		answer("g-confirm", "confirm", OTHER_HOST).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.hosts[1].response").value("CONFIRMED"));
		answer("g-confirm", "confirm", VENUE).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.placesLeft").value(10));

		GatheringConfirmed confirmed = awaitEvent(GatheringConfirmed.class, "g-confirm");
		assertThat(confirmed.confirmedBy()).isEqualTo(VENUE);
		assertThat(confirmed.date()).isEqualTo(DATE);
		assertThat(confirmed.sequence()).isZero();
		assertThat(events(GatheringConfirmed.class, "g-confirm")).hasSize(1);
		answer("g-confirm", "confirm", VENUE).andExpect(status().isConflict());
		assertThat(repository.count()).isEqualTo(repository.findAll().stream().map(Gathering::getId).distinct().count());
	}

	@Test
	void shouldInviteSeekersAReplanAddsToAConfirmedGatheringOnceAndLetThemAnswer() throws Exception {
		confirmed(proposal("g-join", DATE, 10, 3, 2));
		GatheringProposed wider = proposal("g-join", DATE, 10, 3, 2, 2);
		GatheringSeekersAdded added = new GatheringSeekersAdded("evt-join-1", START, "g-join",
				List.of(wider.attendees().get(2)));
		kafka.send(Topics.GATHERINGS, "g-join", codec.encode(added));
		kafka.send(Topics.GATHERINGS, "g-join", codec.encode(new GatheringSeekersAdded("evt-join-2", START, "g-join",
				List.of(wider.attendees().get(2)))));

		await().untilAsserted(() -> assertThat(repository.findById("g-join").orElseThrow().getAttendees())
			.extracting(Attendee::getRequestId)
			.containsExactly(requestId("g-join", 0), requestId("g-join", 1), requestId("g-join", 2)));
		rsvp("g-join", 2, "ACCEPT").andExpect(status().isOk());
		assertThat(repository.findById("g-join").orElseThrow().attendee(requestId("g-join", 2)).getRsvp())
			.isEqualTo(Rsvp.ACCEPTED);
	}

	@Test
	void shouldCloseAProposalThePlannerDropsSoItsHostsCannotConfirmIt() throws Exception {
		propose(proposal("g-dropped", DATE, 10, 3));
		kafka.send(Topics.GATHERINGS, "g-dropped", codec.encode(new GatheringProposalWithdrawn("evt-drop-1", START,
				"g-dropped", "Its seekers withdrew")));

		await().until(() -> repository.findById("g-dropped").orElseThrow().getStatus() == GatheringStatus.REPLACED);
		answer("g-dropped", "confirm", VENUE).andExpect(status().isConflict());
	}

	@Test
	void shouldSendTheAttendeesBackToThePlannerWhenAHostDeclines() throws Exception {
		propose(proposal("g-decline", DATE, 10, 3, 2));

		mvc.perform(post("/api/gatherings/g-decline/decline").contentType(MediaType.APPLICATION_JSON)
			.content("{\"council\": \"" + OTHER_HOST + "\", \"reason\": \"Our lead is on leave that week\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"));

		GatheringDeclined declined = awaitEvent(GatheringDeclined.class, "g-decline");
		assertThat(declined.declinedBy()).isEqualTo(OTHER_HOST);
		assertThat(declined.reason()).isEqualTo("Our lead is on leave that week");
		assertThat(declined.requestIds()).containsExactly(requestId("g-decline", 0), requestId("g-decline", 1));
		answer("g-decline", "confirm", VENUE).andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void shouldWaitlistWhenFullAndGiveFreedPlacesToTheWaitlistInOrder() throws Exception {
		confirmed(proposal("g-waitlist", DATE, 6, 3, 3, 2, 1));

		rsvp("g-waitlist", 0, "ACCEPT").andExpect(jsonPath("$.attendees[0].rsvp").value("ACCEPTED"));
		rsvp("g-waitlist", 1, "ACCEPT").andExpect(jsonPath("$.placesLeft").value(0));
		rsvp("g-waitlist", 2, "ACCEPT").andExpect(jsonPath("$.attendees[2].rsvp").value("WAITLISTED"))
			.andExpect(jsonPath("$.attendees[2].waitlistPosition").value(1));
		rsvp("g-waitlist", 3, "ACCEPT").andExpect(jsonPath("$.attendees[3].waitlistPosition").value(2));

		// Three places free: the head of the waitlist (2 people) and then the next (1 person) get them, in order.
		rsvp("g-waitlist", 1, "DECLINE").andExpect(jsonPath("$.attendees[1].rsvp").value("DECLINED"))
			.andExpect(jsonPath("$.attendees[2].rsvp").value("ACCEPTED"))
			.andExpect(jsonPath("$.attendees[3].rsvp").value("ACCEPTED"))
			.andExpect(jsonPath("$.placesTaken").value(6))
			.andExpect(jsonPath("$.waitlist").isEmpty());

		awaitEvent(InvitationDeclined.class, "g-waitlist");
		await().untilAsserted(() -> assertThat(events(InvitationAccepted.class, "g-waitlist"))
			.extracting(InvitationAccepted::requestId, InvitationAccepted::waitlisted)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(requestId("g-waitlist", 0), false),
					org.assertj.core.groups.Tuple.tuple(requestId("g-waitlist", 1), false),
					org.assertj.core.groups.Tuple.tuple(requestId("g-waitlist", 2), true),
					org.assertj.core.groups.Tuple.tuple(requestId("g-waitlist", 3), true),
					org.assertj.core.groups.Tuple.tuple(requestId("g-waitlist", 2), false),
					org.assertj.core.groups.Tuple.tuple(requestId("g-waitlist", 3), false)));
		rsvp("g-waitlist", 1, "ACCEPT").andExpect(status().isConflict());
	}

	@Test
	void shouldNeverExceedCapacityWhenCouncilsAcceptAtTheSameMoment() throws Exception {
		int councils = 12;
		int[] people = new int[councils];
		java.util.Arrays.fill(people, 2);
		confirmed(proposal("g-rush", DATE, 10, people));
		double conflictsBefore = service.conflictCount();

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(councils);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < councils; i++) {
				int attendee = i;
				answers.add(pool.submit((Callable<Integer>) () -> {
					start.await();
					return rsvp("g-rush", attendee, "ACCEPT").andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}

		Gathering rush = repository.findById("g-rush").orElseThrow();
		assertThat(rush.placesTaken()).isEqualTo(10);
		assertThat(rush.getAttendees()).filteredOn(a -> a.getRsvp() == Rsvp.ACCEPTED).hasSize(5);
		assertThat(rush.getAttendees()).filteredOn(a -> a.getRsvp() == Rsvp.WAITLISTED).hasSize(7);
		assertThat(rush.getWaitlist()).hasSize(7).doesNotHaveDuplicates();
		// The answers really did collide, and the losers re-applied theirs to what the winners had saved.
		assertThat(service.conflictCount() - conflictsBefore).isPositive();
		await().untilAsserted(() -> assertThat(events(InvitationAccepted.class, "g-rush")).hasSize(councils)
			.filteredOn(e -> !e.waitlisted())
			.hasSize(5));
	}

	@Test
	void shouldRescheduleRaisingTheSequenceAndCancelSendingAttendeesBackToThePlanner() throws Exception {
		confirmed(proposal("g-move", DATE, 10, 3, 2, 1));
		rsvp("g-move", 0, "ACCEPT");
		rsvp("g-move", 1, "DECLINE");

		mvc.perform(post("/api/gatherings/g-move/reschedule").contentType(MediaType.APPLICATION_JSON)
			.content("{\"council\": \"" + VENUE + "\", \"date\": \"2027-03-17\", \"reason\": \"Room flooded\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2027-03-17"))
			.andExpect(jsonPath("$.sequence").value(1));
		GatheringRescheduled moved = awaitEvent(GatheringRescheduled.class, "g-move");
		assertThat(moved.previousDate()).isEqualTo(DATE);
		assertThat(moved.date()).isEqualTo(LocalDate.of(2027, 3, 17));
		assertThat(moved.sequence()).isEqualTo(1);

		answer("g-move", "cancel", OTHER_HOST).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.sequence").value(2));
		GatheringCancelled cancelled = awaitEvent(GatheringCancelled.class, "g-move");
		assertThat(cancelled.sequence()).isEqualTo(2);
		// Everyone still coming or undecided goes back to the planner; the council that declined does not.
		assertThat(cancelled.requestIds()).containsExactly(requestId("g-move", 0), requestId("g-move", 2));

		// A cancelled gathering is never held.
		clock.set(Instant.parse("2027-03-20T00:00:00Z"));
		service.holdIfDue("g-move");
		assertThat(repository.findById("g-move").orElseThrow().getStatus()).isEqualTo(GatheringStatus.CANCELLED);
	}

	@Test
	void shouldHoldTheGatheringWhenItsDateHasPassedThenTakeFeedbackAndAdoption() throws Exception {
		confirmed(proposal("g-held", LocalDate.of(2027, 2, 1), 10, 3, 2));
		rsvp("g-held", 0, "ACCEPT");
		rsvp("g-held", 1, "DECLINE");
		feedback("g-held", 0, 5).andExpect(status().isConflict());

		clock.set(Instant.parse("2027-02-02T00:30:00Z"));
		await().untilAsserted(() -> assertThat(repository.findById("g-held").orElseThrow().getStatus())
			.isEqualTo(GatheringStatus.HELD));
		GatheringHeld held = awaitEvent(GatheringHeld.class, "g-held");
		assertThat(held.requestIds()).containsExactly(requestId("g-held", 0));

		feedback("g-held", 0, 4).andExpect(status().isOk())
			.andExpect(jsonPath("$.attendees[0].feedback.usefulness").value(4));
		feedback("g-held", 0, 4).andExpect(status().isConflict());
		feedback("g-held", 1, 4).andExpect(status().isConflict());
		FeedbackSubmitted feedback = awaitEvent(FeedbackSubmitted.class, "g-held");
		assertThat(feedback.usefulness()).isEqualTo(4);

		clock.set(Instant.parse("2027-05-03T09:00:00Z"));
		mvc.perform(post("/api/gatherings/g-held/adoption").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"requestId": "%s", "council": "%s", "innovationId": "inn-arp", "adopted": true,
					 "willingToHost": true, "contact": {"name": "Sam Seeker", "email": "sam@bassetlaw.example"}}
					""".formatted(requestId("g-held", 0), SEEKERS[0])))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.secondaryHosts[0].council").value(SEEKERS[0]))
			.andExpect(jsonPath("$.secondaryHosts[0].innovationId").value("inn-arp"));
		AdoptionReported adoption = awaitEvent(AdoptionReported.class, "g-held");
		assertThat(adoption.adopted()).isTrue();
		assertThat(adoption.willingToHost()).isTrue();
		assertThat(adoption.contact().email()).isEqualTo("sam@bassetlaw.example");
	}

	@Test
	void shouldHoldAGatheringOnceEvenWithTwoInstancesRunningDueWork() throws Exception {
		confirmed(proposal("g-twice", LocalDate.of(2027, 2, 1), 10, 3));
		rsvp("g-twice", 0, "ACCEPT");
		DueWorkScheduler one = new DueWorkScheduler(mongo, clock, service, new SimpleMeterRegistry());
		DueWorkScheduler two = new DueWorkScheduler(mongo, clock, service, new SimpleMeterRegistry());

		clock.set(Instant.parse("2027-02-02T00:30:00Z"));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = pool.submit(one::runDue);
			Future<?> second = pool.submit(two::runDue);
			first.get();
			second.get();
		}
		finally {
			pool.shutdownNow();
		}

		awaitEvent(GatheringHeld.class, "g-twice");
		assertThat(events(GatheringHeld.class, "g-twice")).hasSize(1);
		assertThat(mongo.findById(DueWork.idOf("g-twice", DueWork.Kind.HELD), DueWork.class).done()).isTrue();
	}

	@Test
	void shouldMoveTheHeldDateWithAReschedule() throws Exception {
		confirmed(proposal("g-later", LocalDate.of(2027, 2, 1), 10, 3));

		mvc.perform(post("/api/gatherings/g-later/reschedule").contentType(MediaType.APPLICATION_JSON)
			.content("{\"council\": \"" + VENUE + "\", \"date\": \"2027-02-15\"}")).andExpect(status().isOk());
		clock.set(Instant.parse("2027-02-03T00:00:00Z"));
		new DueWorkScheduler(mongo, clock, service, new SimpleMeterRegistry()).runDue();
		assertThat(repository.findById("g-later").orElseThrow().getStatus()).isEqualTo(GatheringStatus.CONFIRMED);

		clock.set(Instant.parse("2027-02-16T00:00:01Z"));
		await().untilAsserted(() -> assertThat(repository.findById("g-later").orElseThrow().getStatus())
			.isEqualTo(GatheringStatus.HELD));
	}

	@Test
	void shouldListGatheringsByRegionStatusAndCouncil() throws Exception {
		confirmed(proposal("g-list", LocalDate.of(2031, 1, 6), 10, 3));

		mvc.perform(get("/api/gatherings").param("council", SEEKERS[0]).param("status", "CONFIRMED")
			.param("region", "East of England"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == 'g-list')]").exists());
		mvc.perform(get("/api/gatherings").param("council", "E06000001"))
			.andExpect(jsonPath("$[?(@.id == 'g-list')]").doesNotExist());
		mvc.perform(get("/api/gatherings").param("status", "HELD"))
			.andExpect(jsonPath("$[?(@.id == 'g-list')]").doesNotExist());
		mvc.perform(get("/api/gatherings/g-list"))
			.andExpect(jsonPath("$.attendees[0].seekerCouncil").value(SEEKERS[0]))
			.andExpect(jsonPath("$.attendees[0].contact").doesNotExist());
	}

	@Test
	void shouldRejectBadInputNamingTheFieldAndChangeNothing() throws Exception {
		confirmed(proposal("g-bad", DATE, 6, 3, 2));
		Long version = repository.findById("g-bad").orElseThrow().getVersion();

		expectBadRequest("/api/gatherings/g-bad/confirm", "{\"council\": \"E06000001\"}", "council");
		expectBadRequest("/api/gatherings/g-bad/confirm", "{\"reason\": \"no council\"}", "council");
		expectBadRequest("/api/gatherings/g-bad/rsvp", rsvpBody("g-bad", 0, "MAYBE"), "response");
		expectBadRequest("/api/gatherings/g-bad/rsvp", rsvpBody("g-bad", 0, "ACCEPT").replace(SEEKERS[0], SEEKERS[5]),
				"council");
		expectBadRequest("/api/gatherings/g-bad/rsvp",
				rsvpBody("g-bad", 0, "ACCEPT").replace(requestId("g-bad", 0), "req-nobody"), "requestId");
		expectBadRequest("/api/gatherings/g-bad/rsvp",
				rsvpBody("g-bad", 0, "ACCEPT").replace("}", ", \"people\": 7}"), "people");
		expectBadRequest("/api/gatherings/g-bad/rsvp",
				rsvpBody("g-bad", 0, "ACCEPT").replace("}", ", \"people\": 0}"), "people");
		expectBadRequest("/api/gatherings/g-bad/reschedule",
				"{\"council\": \"" + VENUE + "\", \"date\": \"2026-12-01\"}", "date");
		expectBadRequest("/api/gatherings/g-bad/reschedule", "{\"council\": \"" + VENUE + "\", \"date\": \"soon\"}",
				"date");
		expectBadRequest("/api/gatherings/g-bad/feedback", """
				{"requestId": "%s", "council": "%s", "usefulness": 6, "willAdopt": "YES"}
				""".formatted(requestId("g-bad", 0), SEEKERS[0]), "usefulness");
		expectBadRequest("/api/gatherings/g-bad/adoption", """
				{"requestId": "%s", "council": "%s", "innovationId": "inn-arp", "adopted": false, "willingToHost": true}
				""".formatted(requestId("g-bad", 0), SEEKERS[0]), "willingToHost");
		expectBadRequest("/api/gatherings/g-bad/adoption", """
				{"requestId": "%s", "council": "%s", "innovationId": "inn-arp", "adopted": true, "willingToHost": true,
				 "contact": {"name": "Sam", "email": "sam@bassetlaw.example\\r\\nBcc: all@example.org"}}
				""".formatted(requestId("g-bad", 0), SEEKERS[0]), "contact.email");
		expectBadRequest("/api/gatherings/g-bad/rsvp", "{\"requestId\": ", "Malformed JSON");

		mvc.perform(post("/api/gatherings/g-nowhere/confirm").contentType(MediaType.APPLICATION_JSON)
			.content("{\"council\": \"" + VENUE + "\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/gatherings/g-nowhere")).andExpect(status().isNotFound());
		answer("g-bad", "decline", VENUE).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("CONFIRMED")));

		assertThat(repository.findById("g-bad").orElseThrow().getVersion()).isEqualTo(version);
	}

	private void propose(GatheringProposed proposal) {
		kafka.send(Topics.GATHERINGS, proposal.gatheringId(), codec.encode(proposal));
		await().until(() -> repository.existsById(proposal.gatheringId()));
	}

	private void confirmed(GatheringProposed proposal) throws Exception {
		propose(proposal);
		answer(proposal.gatheringId(), "confirm", VENUE).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
	}

	private ResultActions answer(String id, String action, String council) throws Exception {
		return mvc.perform(post("/api/gatherings/" + id + "/" + action).contentType(MediaType.APPLICATION_JSON)
			.content("{\"council\": \"" + council + "\"}"));
	}

	private static String rsvpBody(String id, int attendee, String response) {
		return "{\"requestId\": \"" + requestId(id, attendee) + "\", \"council\": \"" + SEEKERS[attendee]
				+ "\", \"response\": \"" + response + "\"}";
	}

	private ResultActions rsvp(String id, int attendee, String response) throws Exception {
		return mvc.perform(post("/api/gatherings/" + id + "/rsvp").contentType(MediaType.APPLICATION_JSON)
			.content(rsvpBody(id, attendee, response)));
	}

	private ResultActions feedback(String id, int attendee, int usefulness) throws Exception {
		return mvc.perform(post("/api/gatherings/" + id + "/feedback").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"requestId": "%s", "council": "%s", "usefulness": %d, "willAdopt": "YES",
					 "comments": "We will start with the shared service agreement"}
					""".formatted(requestId(id, attendee), SEEKERS[attendee], usefulness)));
	}

	private void expectBadRequest(String path, String body, String named) throws Exception {
		mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString(named)));
	}

	private <T extends LanternEvent> T awaitEvent(Class<T> type, String gatheringId) {
		await().atMost(Duration.ofSeconds(30)).until(() -> !events(type, gatheringId).isEmpty());
		return events(type, gatheringId).get(0);
	}

	/** The events of a type about a gathering, each once (the outbox may publish an event twice; ids tell). */
	private <T extends LanternEvent> List<T> events(Class<T> type, String gatheringId) {
		List<String> seenIds = new ArrayList<>();
		return gatheringsTopic.seen(r -> gatheringId.equals(r.key()))
			.stream()
			.map(r -> codec.decode(r.value()))
			.filter(type::isInstance)
			.map(type::cast)
			.filter(e -> ((GatheringEvent) e).gatheringId().equals(gatheringId))
			.filter(e -> !seenIds.contains(e.eventId()) && seenIds.add(e.eventId()))
			.toList();
	}
}
