package org.lantern.notification.gatherings;

import org.lantern.platform.test.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
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
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lantern.notification.mail.MailStatus;
import org.lantern.notification.mail.OutgoingMail;
import org.lantern.platform.events.EventCodec;
import org.lantern.platform.test.InMemoryMongo;
import org.lantern.shared.events.AdoptionReported;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.GatheringAttendee;
import org.lantern.shared.events.GatheringCancelled;
import org.lantern.shared.events.GatheringConfirmed;
import org.lantern.shared.events.GatheringHeld;
import org.lantern.shared.events.GatheringHost;
import org.lantern.shared.events.GatheringInnovation;
import org.lantern.shared.events.GatheringKind;
import org.lantern.shared.events.GatheringProposalWithdrawn;
import org.lantern.shared.events.GatheringProposed;
import org.lantern.shared.events.GatheringSeekersAdded;
import org.lantern.shared.events.GatheringTheme;
import org.lantern.shared.events.GatheringRescheduled;
import org.lantern.shared.events.InvitationAccepted;
import org.lantern.shared.events.InvitationDeclined;
import org.lantern.shared.events.LanternEvent;
import org.lantern.shared.events.RequestUnmatched;
import org.lantern.shared.events.Topics;
import org.lantern.shared.events.UnmatchedReason;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = { "lantern.mail.dispatch-interval=100ms", "lantern.mail.first-retry-delay=200ms",
		"lantern.digest.check-interval=100ms", "lantern.digest.regional-bodies[0].region=East of England",
		"lantern.digest.regional-bodies[0].name=East of England LGA",
		"lantern.digest.regional-bodies[0].email=digest@eelga.example" })
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
// Closed after the class: two cached contexts, each with its own broker, stall the JVM's exit.
@DirtiesContext
class GatheringEmailTest {

	static final Instant START = Instant.parse("2027-01-04T09:00:00Z");

	static final LocalDate DATE = LocalDate.of(2027, 3, 10);

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
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> InMemoryMongo.uri("notification_gathering_test"));
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@BeforeEach
	void backToTheStart() {
		clock.set(START);
	}

	@Test
	void shouldAskEachHostOnceToConfirmAProposal() {
		GatheringProposed proposal = proposal("g-ask");
		send(proposal);
		send(proposal);
		send(new InvitationDeclined("evt-marker-g-ask", START, "g-ask", "req-g-ask-0", "E07000171", null));

		await().until(() -> mailTo("hana@g-ask.example").size() == 1 && mailTo("alex@g-ask.example").size() == 1);
		MimeMessage venue = mailTo("hana@g-ask.example").get(0);
		assertThat(subject(venue)).isEqualTo(
				"Please confirm: Open day at Breckland: Anglia Revenues Partnership, Tablets for care charging on Wednesday 10 March 2027");
		assertThat(GreenMailUtil.getBody(venue)).contains("/api/gatherings/g-ask/confirm", "E07000143");
		assertThat(mailTo("seeker0@g-ask.example")).isEmpty();
		await().until(() -> mongo.exists(Query.query(Criteria.where("_id").is("evt-marker-g-ask")), "processed_events"));
		assertThat(mailTo("hana@g-ask.example")).hasSize(1);
	}

	@Test
	void shouldInviteEveryAttendeeWithACalendarRequestThatCalendarsCanRead() throws Exception {
		send(proposal("g-invite"));
		send(new GatheringConfirmed("evt-conf-g-invite", START, "g-invite", "E07000143", DATE, 0));

		await().until(() -> mailTo("seeker0@g-invite.example").size() == 1
				&& mailTo("seeker1@g-invite.example").size() == 1 && mailTo("alex@g-invite.example").size() == 2);
		MimeMessage invitation = mailTo("seeker0@g-invite.example").get(0);
		assertThat(subject(invitation)).startsWith("Invitation: Open day at Breckland");
		assertThat(GreenMailUtil.getBody(invitation)).contains("req-g-invite-0", "/api/gatherings/g-invite/rsvp");

		Part calendarPart = parts(invitation).stream().filter(p -> is(p, "text/calendar")).findFirst().orElseThrow();
		assertThat(calendarPart.getContentType()).contains("method=REQUEST");
		Part attachment = parts(invitation).stream()
			.filter(p -> "invite.ics".equals(fileName(p)))
			.findFirst()
			.orElseThrow();
		Calendar calendar = parse(attachment);
		calendar.validate();
		VEvent event = event(calendar);
		assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
		assertThat(value(event, Property.UID)).isEqualTo("g-invite@lantern");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(event, Property.DTSTART)).isEqualTo("20270310T100000Z");
		assertThat(value(event, Property.LOCATION)).contains("Breckland", "East of England");
		assertThat(value(event, Property.DESCRIPTION)).contains("Anglia Revenues Partnership (Breckland)",
				"Tablets for care charging (Sutton)", "Breckland (venue)");
		assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:seeker0@g-invite.example");
		assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1);
		assertThat(value(event, Property.DTSTAMP)).isEqualTo("20270104T090000Z");
		assertThat(parse(calendarPart).toString()).isEqualTo(calendar.toString());
	}

	@Test
	void shouldMoveTheCalendarEntryOnARescheduleAndRemoveItOnACancellation() throws Exception {
		send(proposal("g-move"));
		send(new GatheringConfirmed("evt-conf-g-move", START, "g-move", "E07000143", DATE, 0));
		send(new InvitationDeclined("evt-decl-g-move", START, "g-move", "req-g-move-1", "E07000170", "Budget freeze"));
		send(new GatheringRescheduled("evt-resc-g-move", START, "g-move", "E07000143", DATE,
				LocalDate.of(2027, 3, 17), 1, "Room flooded"));

		await().until(() -> mailTo("seeker0@g-move.example").size() == 2);
		MimeMessage moved = mailTo("seeker0@g-move.example").get(1);
		assertThat(subject(moved)).startsWith("Moved to Wednesday 17 March 2027");
		assertThat(GreenMailUtil.getBody(moved)).contains("Room flooded", "Wednesday 10 March 2027");
		VEvent update = event(parse(calendarOf(moved)));
		assertThat(value(update, Property.UID)).isEqualTo("g-move@lantern");
		assertThat(value(update, Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(update, Property.DTSTART)).isEqualTo("20270317T100000Z");

		send(new GatheringCancelled("evt-canc-g-move", START, "g-move", "E07000143", "Host unwell",
				List.of("req-g-move-0"), 2));
		await().until(() -> mailTo("seeker0@g-move.example").size() == 3);
		MimeMessage cancelled = mailTo("seeker0@g-move.example").get(2);
		assertThat(subject(cancelled)).startsWith("Cancelled: Open day at Breckland");
		Calendar cancellation = parse(calendarOf(cancelled));
		assertThat(value(cancellation, Property.METHOD)).isEqualTo("CANCEL");
		assertThat(value(event(cancellation), Property.UID)).isEqualTo("g-move@lantern");
		assertThat(value(event(cancellation), Property.SEQUENCE)).isEqualTo("2");
		assertThat(value(event(cancellation), Property.STATUS)).isEqualTo("CANCELLED");
		// The council that declined hears no more of it.
		assertThat(mailTo("seeker1@g-move.example")).hasSize(1);
	}

	@Test
	void shouldRemindThoseComingAWeekAndADayBeforeAndWaitlistThenPromoteInOrder() throws Exception {
		send(proposal("g-remind"));
		send(new GatheringConfirmed("evt-conf-g-remind", START, "g-remind", "E07000143", DATE, 0));
		send(new InvitationAccepted("evt-acc0-g-remind", START, "g-remind", "req-g-remind-0", "E07000171", 3, false));
		send(new InvitationAccepted("evt-acc1-g-remind", START, "g-remind", "req-g-remind-1", "E07000170", 2, true));
		await().until(() -> mailTo("seeker1@g-remind.example").size() == 2);
		assertThat(subject(mailTo("seeker1@g-remind.example").get(1))).startsWith("You are on the waitlist");
		send(new InvitationAccepted("evt-acc2-g-remind", START, "g-remind", "req-g-remind-1", "E07000170", 2, false));
		await().until(() -> mailTo("seeker1@g-remind.example").size() == 3);
		assertThat(subject(mailTo("seeker1@g-remind.example").get(2))).startsWith("Places have come free for you");
		assertThat(mailTo("seeker0@g-remind.example")).hasSize(2);

		clock.set(Instant.parse("2027-03-03T09:00:00Z"));
		await().until(() -> mailTo("seeker0@g-remind.example").size() == 3
				&& mailTo("seeker1@g-remind.example").size() == 4 && mailTo("hana@g-remind.example").size() == 3);
		assertThat(subject(mailTo("seeker0@g-remind.example").get(2))).startsWith("Reminder: Open day at Breckland")
			.endsWith("in 7 days");

		// Declining withdraws the remaining reminder.
		send(new InvitationDeclined("evt-decl-g-remind", START, "g-remind", "req-g-remind-1", "E07000170", null));
		await().until(() -> mongo.exists(Query.query(Criteria.where("_id").is("evt-decl-g-remind")),
				"processed_events"));
		clock.set(Instant.parse("2027-03-09T09:00:00Z"));
		await().until(() -> mailTo("seeker0@g-remind.example").size() == 4);
		assertThat(subject(mailTo("seeker0@g-remind.example").get(3))).endsWith("tomorrow");
		assertThat(mailTo("seeker1@g-remind.example")).hasSize(4);
		assertThat(mongo.count(Query.query(Criteria.where("subjectRef").is("g-remind")
			.and("recipientRef").is("req-g-remind-1").and("status").is(MailStatus.CANCELLED)), OutgoingMail.class))
			.isEqualTo(1);
	}

	@Test
	void shouldAskForFeedbackWhenHeldAndAboutAdoptionUntilTheCouncilHasAdopted() {
		send(proposal("g-held"));
		send(new GatheringConfirmed("evt-conf-g-held", START, "g-held", "E07000143", DATE, 0));
		send(new InvitationAccepted("evt-acc0-g-held", START, "g-held", "req-g-held-0", "E07000171", 3, false));
		clock.set(Instant.parse("2027-03-11T00:05:00Z"));
		send(new GatheringHeld("evt-held-g-held", clock.instant(), "g-held", DATE, List.of("req-g-held-0")));

		await().until(() -> mailTo("seeker0@g-held.example").stream().anyMatch(m -> subject(m).startsWith("How useful")));
		assertThat(mailTo("seeker1@g-held.example")).noneMatch(m -> subject(m).startsWith("How useful"));
		assertThat(mongo.count(Query.query(Criteria.where("subjectRef").is("g-held").and("category").is("adoption-ask")
			.and("status").is(MailStatus.PENDING)), OutgoingMail.class)).isEqualTo(3);

		clock.set(Instant.parse("2027-06-10T09:00:00Z"));
		await().until(() -> mailTo("seeker0@g-held.example").stream().anyMatch(m -> subject(m).startsWith("3 months on")));

		send(new AdoptionReported("evt-adopt-g-held", clock.instant(), "g-held", "req-g-held-0", "E07000171",
				"inn-arp", true, true, new Contact("Sam Seeker", "sam.adopter@g-held.example")));
		await().until(() -> mailTo("sam.adopter@g-held.example").size() == 1
				&& mailTo("hana@g-held.example").stream().anyMatch(m -> subject(m).startsWith("Seeker 0 adopted")));
		assertThat(subject(mailTo("sam.adopter@g-held.example").get(0)))
			.isEqualTo("You are now a host of Anglia Revenues Partnership");
		assertThat(mongo.count(Query.query(Criteria.where("subjectRef").is("g-held").and("category").is("adoption-ask")
			.and("status").is(MailStatus.CANCELLED)), OutgoingMail.class)).isEqualTo(2);
	}

	@Test
	void shouldNotWriteToAnAddressThatIsNotOnePlainAddress() {
		GatheringProposed proposal = proposal("g-inject");
		List<GatheringAttendee> attendees = new ArrayList<>(proposal.attendees());
		attendees.set(1, new GatheringAttendee("req-g-inject-1", "E07000170", "Seeker 1",
				new Contact("Eve\r\nBcc: all@example.org", "eve,all@example.org"), List.of("inn-arp"),
				2, List.of()));
		send(new GatheringProposed(proposal.eventId(), START, "g-inject", proposal.kind(), proposal.region(), DATE,
				proposal.venueCouncil(), proposal.venueCouncilName(), proposal.hosts(), proposal.innovations(),
				attendees, proposal.capacity(), List.of()));
		send(new GatheringConfirmed("evt-conf-g-inject", START, "g-inject", "E07000143", DATE, 0));

		await().until(() -> mailTo("seeker0@g-inject.example").size() == 1 && mailTo("alex@g-inject.example").size() == 2);
		assertThat(mailTo("all@example.org")).isEmpty();
		assertThat(mongo.exists(Query.query(Criteria.where("recipientRef").is("req-g-inject-1")), OutgoingMail.class))
			.isFalse();
	}

	@Test
	void shouldSendEachRegionalBodyOneWeeklyDigestOfItsRegion() {
		send(proposal("g-digest"));
		send(new GatheringConfirmed("evt-conf-g-digest", START, "g-digest", "E07000143", DATE, 0));
		kafka.send(Topics.MATCHES, "req-unserved", codec.encode(new RequestUnmatched("evt-unmatched-digest", START,
				"req-unserved", "E07000144", new Contact("Pat", "pat@broadland.example"),
				UnmatchedReason.NO_RELEVANT_INNOVATION, "No registered innovation addresses fly-tipping yet.")));
		await().until(() -> mongo.exists(Query.query(Criteria.where("_id").is("evt-unmatched-digest")), "processed_events")
				&& mongo.exists(Query.query(Criteria.where("_id").is("evt-conf-g-digest")), "processed_events"));

		clock.set(Instant.parse("2027-01-11T09:00:00Z"));
		String weekly = "Lantern in East of England: the week to 11 January 2027";
		await().until(() -> mailTo("digest@eelga.example").stream().anyMatch(m -> subject(m).equals(weekly)));
		String digest = GreenMailUtil.getBody(mailTo("digest@eelga.example").stream()
			.filter(m -> subject(m).equals(weekly))
			.findFirst()
			.orElseThrow());
		assertThat(digest).contains("4 January 2027", "Breckland", "Sutton", "Broadland", "req-unserved",
				"fly-tipping");
		assertThat(mongo.findById(org.lantern.notification.mail.OutgoingMail.idOf("digest-2027-01-11",
				"regional-body", "East of England"), OutgoingMail.class).status()).isEqualTo(MailStatus.SENT);
		// The scheduler looked many times while the digest was queued and sent; its id keeps it single.
		assertThat(mailTo("digest@eelga.example")).filteredOn(m -> subject(m).equals(weekly)).hasSize(1);
	}

	@Test
	void shouldRecordADroppedProposalWithoutWritingToAnyone() {
		send(proposal("g-drop"));
		await().until(() -> mailTo("hana@g-drop.example").size() == 1);
		send(new GatheringProposalWithdrawn("evt-drop-g-drop", START, "g-drop", "Its seekers withdrew"));

		await().until(() -> mongo.findById("g-drop", KnownGathering.class).getStatus().equals("REPLACED"));
		assertThat(mailTo("hana@g-drop.example")).hasSize(1);
		assertThat(mailTo("seeker0@g-drop.example")).isEmpty();
	}

	@Test
	void shouldInviteOnceASeekerAReplanAddsToAConfirmedGathering() throws Exception {
		send(proposal("g-join"));
		send(new GatheringConfirmed("evt-conf-g-join", START, "g-join", "E07000143", DATE, 0));
		await().until(() -> mailTo("seeker0@g-join.example").size() == 1);
		GatheringAttendee late = attendee("g-join", 5, "E07000172", 2);
		GatheringSeekersAdded added = new GatheringSeekersAdded("evt-join-g-join", START, "g-join", List.of(late));
		send(added);
		send(added);
		send(new InvitationDeclined("evt-marker-g-join", START, "g-join", "req-g-join-0", "E07000171", null));

		await().until(() -> mailTo("seeker5@g-join.example").size() == 1);
		MimeMessage invitation = mailTo("seeker5@g-join.example").get(0);
		assertThat(subject(invitation)).startsWith("Invitation: Open day at Breckland");
		assertThat(parse(calendarOf(invitation)).getComponents("VEVENT")).hasSize(1);
		await().until(() -> mongo.exists(Query.query(Criteria.where("_id").is("evt-marker-g-join")), "processed_events"));
		assertThat(mailTo("seeker5@g-join.example")).hasSize(1);
		assertThat(mailTo("seeker0@g-join.example")).hasSize(1);
	}

	@Test
	void shouldSendTheRegionalBodyThatAskedForAThemedMeetingItsInvitationWhenConfirmed() throws Exception {
		GatheringProposed plain = proposal("g-theme");
		send(new GatheringProposed(plain.eventId(), START, "g-theme", GatheringKind.NETWORK_MEETING, plain.region(),
				DATE, plain.venueCouncil(), plain.venueCouncilName(), plain.hosts(), plain.innovations(),
				plain.attendees(), plain.capacity(), List.of(), new GatheringTheme("theme-1",
						"Collecting council tax and benefits across districts", "East of England LGA",
						new Contact("Rae Coordinator", "rae@g-theme.example"))));
		send(new GatheringConfirmed("evt-conf-g-theme", START, "g-theme", "E07000143", DATE, 0));

		await().until(() -> mailTo("rae@g-theme.example").size() == 1);
		MimeMessage invitation = mailTo("rae@g-theme.example").get(0);
		assertThat(subject(invitation)).startsWith("Confirmed: Network meeting at Breckland");
		assertThat(GreenMailUtil.getBody(invitation)).contains("you asked for on",
				"Collecting council tax and benefits across districts");
		assertThat(parse(calendarOf(invitation)).getComponents("VEVENT")).hasSize(1);
	}

	static GatheringProposed proposal(String id) {
		return new GatheringProposed("evt-prop-" + id, START, id, GatheringKind.OPEN_DAY, "East of England", DATE,
				"E07000143", "Breckland",
				List.of(new GatheringHost("E07000143", "Breckland", new Contact("Hana Host", "hana@" + id + ".example"),
						List.of("inn-arp")),
						new GatheringHost("E09000029", "Sutton", new Contact("Alex Host", "alex@" + id + ".example"),
								List.of("inn-care-tablets"))),
				List.of(new GatheringInnovation("inn-arp", "Anglia Revenues Partnership", "E07000143"),
						new GatheringInnovation("inn-care-tablets", "Tablets for care charging", "E09000029")),
				List.of(attendee(id, 0, "E07000171", 3), attendee(id, 1, "E07000170", 2)), 5, List.of());
	}

	static GatheringAttendee attendee(String id, int index, String council, int people) {
		return new GatheringAttendee("req-" + id + "-" + index, council, "Seeker " + index,
				new Contact("Seeker " + index, "seeker" + index + "@" + id + ".example"), List.of("inn-arp"), people,
				List.of("same problem"));
	}

	private void send(LanternEvent event) {
		kafka.send(Topics.GATHERINGS, event.partitionKey(), codec.encode(event));
	}

	static Calendar parse(Part part) throws IOException, MessagingException, ParserException {
		String ics = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		return new CalendarBuilder().build(new StringReader(ics));
	}

	static Part calendarOf(MimeMessage message) {
		return parts(message).stream().filter(p -> "invite.ics".equals(fileName(p))).findFirst().orElseThrow();
	}

	static VEvent event(Calendar calendar) {
		return (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
	}

	static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
		return container.getProperty(name).map(Property::getValue).orElse(null);
	}

	static List<Part> parts(Part part) {
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

	static boolean is(Part part, String type) {
		try {
			return part.isMimeType(type);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String fileName(Part part) {
		try {
			return part.getFileName();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<MimeMessage> mailTo(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).sorted(java.util.Comparator.comparing(GatheringEmailTest::sentDate)).toList();
	}

	private static java.util.Date sentDate(MimeMessage message) {
		try {
			java.util.Date received = message.getReceivedDate();
			return received != null ? received : message.getSentDate();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
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
