package org.lantern.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.platform.events.EventCodec;
import org.lantern.platform.test.InMemoryMongo;
import org.lantern.platform.test.TopicProbe;
import org.lantern.shared.events.AdoptionReported;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.FeedbackSubmitted;
import org.lantern.shared.events.GatheringAttendee;
import org.lantern.shared.events.GatheringHeld;
import org.lantern.shared.events.GatheringHost;
import org.lantern.shared.events.GatheringInnovation;
import org.lantern.shared.events.GatheringKind;
import org.lantern.shared.events.GatheringProposed;
import org.lantern.shared.events.InvitationAccepted;
import org.lantern.shared.events.LanternEvent;
import org.lantern.shared.events.Topics;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.web.client.RestClient;

/**
 * The life of a gathering end to end, through REST, MongoDB, the outboxes, Kafka and email: a proposal published as
 * the planner publishes it, confirmed by its venue host; invitations with calendar entries; accept, decline and the
 * waitlist; a move and a cancellation that calendars understand; the date passing (on the stack's clock, moved
 * forward rather than waited for); feedback; and an adoption after which the next plan uses the adopter as a host.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatheringLifecycleEndToEndTest {

	static final String VENUE = "E07000143";

	static final String OTHER_HOST = "E09000029";

	private final EventCodec planner = new EventCodec("/lantern/matching-service");

	private EmbeddedKafkaKraftBroker broker;

	private GreenMail greenMail;

	private LanternStack stack;

	private TopicProbe gatherings;

	private KafkaProducer<String, String> producer;

	@BeforeAll
	void startLantern() {
		broker = new EmbeddedKafkaKraftBroker(1, 3);
		broker.afterPropertiesSet();
		greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
		greenMail.start();
		stack = LanternStack.start(broker.getBrokersAsString(), database -> InMemoryMongo.uri("glc_" + database),
				greenMail.getSmtp().getPort());
		gatherings = new TopicProbe(broker.getBrokersAsString(), Topics.GATHERINGS);
		producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.getBrokersAsString()),
				new StringSerializer(), new StringSerializer());
	}

	@AfterAll
	void stopLantern() {
		StackClock.CLOCK.reset();
		for (AutoCloseable closeable : new AutoCloseable[] { producer, gatherings, stack }) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				// Closing what is left.
			}
		}
		if (greenMail != null) {
			greenMail.stop();
		}
		if (broker != null) {
			broker.destroy();
		}
	}

	@Test
	void shouldRunAGatheringFromProposalToAdoption() throws Exception {
		registerTheInnovationShownAtTheVenue();
		// The planner proposes two gatherings: Bassetlaw (3), Ashfield (3) and Broxtowe (2) for 6 places; and one
		// that will be cancelled.
		propose(new GatheringProposed("evt-e2e-prop-main", Instant.now(), "g-e2e-main", GatheringKind.OPEN_DAY,
				"East of England", LocalDate.of(2027, 3, 10), VENUE, "Breckland", hosts(), innovations(),
				List.of(attendee("req-e2e-a", "E07000171", "Bassetlaw", "a@bassetlaw.example", 3),
						attendee("req-e2e-b", "E07000170", "Ashfield", "b@ashfield.example", 3),
						attendee("req-e2e-c", "E07000172", "Broxtowe", "c@broxtowe.example", 2)),
				6, List.of()));
		propose(new GatheringProposed("evt-e2e-prop-cancel", Instant.now(), "g-e2e-cancel", GatheringKind.OPEN_DAY,
				"East of England", LocalDate.of(2027, 4, 14), VENUE, "Breckland", hosts(), innovations(),
				List.of(attendee("req-e2e-d", "E07000173", "Gedling", "d@gedling.example", 2)), 10, List.of()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mailTo("hana@breckland.example", subject("Please confirm")).size() == 2);

		// The venue host confirms: every attendee council is invited with a calendar request.
		Map<?, ?> confirmed = post("g-e2e-main", "confirm", Map.of("council", VENUE));
		assertThat(confirmed.get("status")).isEqualTo("CONFIRMED");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of("a@bassetlaw.example", "b@ashfield.example", "c@broxtowe.example")
				.stream()
				.allMatch(to -> mailTo(to, subject("Invitation:")).size() == 1));
		MimeMessage invitation = mailTo("a@bassetlaw.example", subject("Invitation:")).get(0);
		assertThat(calendarPart(invitation).getContentType()).contains("text/calendar", "method=REQUEST");
		Calendar request = parse(attachment(invitation));
		request.validate();
		assertThat(value(request, Property.METHOD)).isEqualTo("REQUEST");
		assertThat(value(event(request), Property.UID)).isEqualTo("g-e2e-main@lantern");
		assertThat(value(event(request), Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(event(request), Property.LOCATION)).contains("Breckland");
		assertThat(value(event(request), Property.DESCRIPTION)).contains("Anglia Revenues Partnership");

		// Accept, accept (full), accept (waitlisted), then a decline frees places for the waitlist.
		rsvp("req-e2e-a", "E07000171", "ACCEPT");
		rsvp("req-e2e-b", "E07000170", "ACCEPT");
		Map<?, ?> waiting = rsvp("req-e2e-c", "E07000172", "ACCEPT");
		assertThat(attendee(waiting, "req-e2e-c").get("rsvp")).isEqualTo("WAITLISTED");
		Map<?, ?> promoted = rsvp("req-e2e-b", "E07000170", "DECLINE");
		assertThat(attendee(promoted, "req-e2e-c").get("rsvp")).isEqualTo("ACCEPTED");
		assertThat(promoted.get("placesTaken")).isEqualTo(5);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> events(InvitationAccepted.class, "g-e2e-main").stream()
				.anyMatch(e -> e.requestId().equals("req-e2e-c") && !e.waitlisted()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mailTo("c@broxtowe.example", subject("Places have come free")).size() == 1);

		// The host moves it: the calendar entry moves, SEQUENCE up, same UID.
		Map<?, ?> moved = post("g-e2e-main", "reschedule",
				Map.of("council", VENUE, "date", "2027-03-17", "reason", "Council meeting moved"));
		assertThat(moved.get("sequence")).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mailTo("a@bassetlaw.example", subject("Moved to")).size() == 1);
		VEvent update = event(parse(attachment(mailTo("a@bassetlaw.example", subject("Moved to")).get(0))));
		assertThat(value(update, Property.UID)).isEqualTo("g-e2e-main@lantern");
		assertThat(value(update, Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(update, Property.DTSTART)).startsWith("20270317");

		// The other gathering is confirmed and then cancelled: METHOD:CANCEL, same UID.
		post("g-e2e-cancel", "confirm", Map.of("council", VENUE));
		post("g-e2e-cancel", "cancel", Map.of("council", VENUE, "reason", "Venue unavailable"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mailTo("d@gedling.example", subject("Cancelled:")).size() == 1);
		Calendar cancellation = parse(attachment(mailTo("d@gedling.example", subject("Cancelled:")).get(0)));
		assertThat(value(cancellation, Property.METHOD)).isEqualTo("CANCEL");
		assertThat(value(event(cancellation), Property.UID)).isEqualTo("g-e2e-cancel@lantern");
		assertThat(Integer.parseInt(value(event(cancellation), Property.SEQUENCE))).isPositive();

		// The date passes: the gathering is held, and those who came are asked for feedback.
		StackClock.CLOCK.jumpTo(Instant.parse("2027-03-18T06:00:00Z"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "HELD".equals(gathering("g-e2e-main").get("status")));
		GatheringHeld held = await().atMost(Duration.ofSeconds(30))
			.until(() -> events(GatheringHeld.class, "g-e2e-main"), list -> !list.isEmpty())
			.get(0);
		assertThat(held.requestIds()).containsExactlyInAnyOrder("req-e2e-a", "req-e2e-c");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mailTo("a@bassetlaw.example", subject("How useful")).size() == 1);

		post("g-e2e-main", "feedback", Map.of("requestId", "req-e2e-a", "council", "E07000171", "usefulness", 5,
				"willAdopt", "YES", "comments", "We are drafting a shared service agreement"));
		FeedbackSubmitted feedback = await().atMost(Duration.ofSeconds(30))
			.until(() -> events(FeedbackSubmitted.class, "g-e2e-main"), list -> !list.isEmpty())
			.get(0);
		assertThat(feedback.usefulness()).isEqualTo(5);

		// Months later Bassetlaw reports it adopted, and offers to host: the planner hears of a new secondary host.
		Map<?, ?> adopted = post("g-e2e-main", "adoption", Map.of("requestId", "req-e2e-a", "council", "E07000171",
				"innovationId", "inn-arp-shared-revenues-benefits", "adopted", true, "willingToHost", true));
		assertThat((List<?>) adopted.get("secondaryHosts")).hasSize(1);
		AdoptionReported adoption = await().atMost(Duration.ofSeconds(30))
			.until(() -> events(AdoptionReported.class, "g-e2e-main"), list -> !list.isEmpty())
			.get(0);
		assertThat(adoption.adopterCouncil()).isEqualTo("E07000171");
		assertThat(adoption.adopted()).isTrue();
		assertThat(adoption.willingToHost()).isTrue();
		assertThat(adoption.contact().email()).isEqualTo("a@bassetlaw.example");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mailTo("a@bassetlaw.example", subject("You are now a host of")).size() == 1);

		// The next plan uses the adopter: Newark and Sherwood, 23 km from Bassetlaw and 132 km from Breckland, asks to
		// learn the same thing and will not travel far, so only the new host can take it.
		long askedAt = System.currentTimeMillis();
		stack.client("learning-service").post().uri("/api/learning-requests").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("id", "req-e2e-newark", "seekerCouncil", "E07000175", "topic",
					"Benefit claims take us months to process and our revenues and benefits costs keep rising; we want"
							+ " to see a shared revenues and benefits service working.",
					"serviceAreas", List.of("REVENUES_BENEFITS"), "formats", List.of("OPEN_DAY", "HOSTED_VISIT"),
					"window", Map.of("from", "2027-06-01", "to", "2027-09-30"), "maxTravelKm", 60, "attendees", 2,
					"contact", Map.of("name", "Nat Officer", "email", "nat@newark.example")))
			.retrieve()
			.toBodilessEntity();
		ConsumerRecord<String, String> nextPlan = gatherings.await(r -> r.timestamp() >= askedAt
				&& r.value().contains("org.lantern.gathering-proposed.v1") && r.value().contains("req-e2e-newark"),
				Duration.ofSeconds(60));
		GatheringProposed planned = (GatheringProposed) planner.decode(nextPlan.value());
		assertThat(planned.hosts()).extracting(h -> h.council()).containsExactly("E07000171");
		assertThat(planned.venueCouncil()).isEqualTo("E07000171");

		// Nobody was written to twice about the same thing.
		assertThat(mailTo("a@bassetlaw.example", subject("Invitation:"))).hasSize(1);
		assertThat(mailTo("b@ashfield.example", subject("Moved to"))).isEmpty();
	}

	/** The matcher must know the innovation before an adopter of it can become its secondary host. */
	private void registerTheInnovationShownAtTheVenue() {
		stack.client("innovation-service").post().uri("/api/innovations").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("id", "inn-arp-shared-revenues-benefits", "hostCouncil", VENUE, "title",
					"Anglia Revenues Partnership: shared revenues and benefits service", "summary",
					"Breckland and its partners run one revenues and benefits service: new benefit claims processed in"
							+ " 15 days instead of 119, council tax collection up from 96% to 98%.",
					"serviceAreas", List.of("REVENUES_BENEFITS", "CORPORATE_FINANCE"), "innovationType",
					"PROCESS_MANAGERIAL", "stage", "EMBEDDED", "keywords",
					List.of("shared service", "revenues and benefits", "benefit claims"), "contact",
					Map.of("name", "Revenues lead", "email", "revenues.lead@breckland.example")))
			.retrieve()
			.toBodilessEntity();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> ((Number) stack.client("matching-service").get().uri("/api/catalogue").retrieve()
				.body(Map.class).get("matchable")).intValue() == 1);
	}

	private void propose(GatheringProposed proposal) {
		producer.send(new ProducerRecord<>(Topics.GATHERINGS, proposal.partitionKey(), planner.encode(proposal)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> client().get()
				.uri("/api/gatherings/" + proposal.gatheringId())
				.retrieve()
				.onStatus(HttpStatusCode::is4xxClientError, (req, res) -> {
				})
				.toBodilessEntity()
				.getStatusCode()
				.value() == 200);
	}

	private static List<GatheringHost> hosts() {
		return List.of(new GatheringHost(VENUE, "Breckland", new Contact("Hana Host", "hana@breckland.example"),
				List.of("inn-arp-shared-revenues-benefits")),
				new GatheringHost(OTHER_HOST, "Sutton", new Contact("Alex Host", "alex@sutton.example"),
						List.of("inn-sutton-care-tablets")));
	}

	private static List<GatheringInnovation> innovations() {
		return List.of(
				new GatheringInnovation("inn-arp-shared-revenues-benefits", "Anglia Revenues Partnership", VENUE),
				new GatheringInnovation("inn-sutton-care-tablets", "Tablets for care charging", OTHER_HOST));
	}

	private static GatheringAttendee attendee(String requestId, String council, String name, String email,
			int people) {
		return new GatheringAttendee(requestId, council, name, new Contact("Officer of " + name, email),
				List.of("inn-arp-shared-revenues-benefits"), people, List.of("a district like yours"));
	}

	private RestClient client() {
		return stack.client("gathering-service");
	}

	private Map<?, ?> gathering(String id) {
		return client().get().uri("/api/gatherings/" + id).retrieve().body(Map.class);
	}

	private Map<?, ?> post(String id, String action, Map<String, ?> body) {
		return client().post()
			.uri("/api/gatherings/" + id + "/" + action)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(Map.class);
	}

	private Map<?, ?> rsvp(String requestId, String council, String response) {
		return post("g-e2e-main", "rsvp", Map.of("requestId", requestId, "council", council, "response", response));
	}

	private static Map<?, ?> attendee(Map<?, ?> gathering, String requestId) {
		return ((List<?>) gathering.get("attendees")).stream()
			.map(Map.class::cast)
			.filter(a -> requestId.equals(a.get("requestId")))
			.findFirst()
			.orElseThrow();
	}

	private <T extends LanternEvent> List<T> events(Class<T> type, String gatheringId) {
		List<T> found = new ArrayList<>();
		for (ConsumerRecord<String, String> record : gatherings.seen(r -> gatheringId.equals(r.key()))) {
			LanternEvent event = planner.decode(record.value());
			if (type.isInstance(event) && found.stream().noneMatch(e -> e.eventId().equals(event.eventId()))) {
				found.add(type.cast(event));
			}
		}
		return found;
	}

	private static Predicate<MimeMessage> subject(String start) {
		return message -> {
			try {
				return message.getSubject() != null && message.getSubject().startsWith(start);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

	private List<MimeMessage> mailTo(String address, Predicate<MimeMessage> which) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
			try {
				return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).filter(which).sorted(Comparator.comparing(GatheringLifecycleEndToEndTest::received)).toList();
	}

	private static java.util.Date received(MimeMessage message) {
		try {
			return message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Part calendarPart(MimeMessage message) {
		return parts(message).stream().filter(p -> {
			try {
				return p.isMimeType("text/calendar");
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow();
	}

	private static Part attachment(MimeMessage message) {
		return parts(message).stream().filter(p -> {
			try {
				return "invite.ics".equals(p.getFileName());
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow();
	}

	private static List<Part> parts(Part part) {
		try {
			if (part.getContent() instanceof Multipart multipart) {
				List<Part> parts = new ArrayList<>();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					parts.addAll(parts(child));
				}
				return parts;
			}
			return List.of(part);
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Calendar parse(Part part) throws IOException, MessagingException, ParserException {
		String ics = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static VEvent event(Calendar calendar) {
		return (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
	}

	private static String value(PropertyContainer container, String name) {
		return container.getProperty(name).map(Property::getValue).orElse(null);
	}
}
