package org.lantern.notification.gatherings;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.lantern.notification.mail.CalendarAttachment;
import org.lantern.notification.mail.MailProperties;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.GatheringHost;
import org.lantern.shared.events.GatheringInnovation;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.Councils;

import org.springframework.stereotype.Component;

/**
 * The calendar entry of a gathering as an iCalendar (RFC 5545) object for an iTIP (RFC 5546) email: one UID per
 * gathering for its whole life, so that calendar programs update or remove the entry they already have, and a
 * SEQUENCE the gathering service raises on every change, so that they know which version is newer.
 */
@Component
public class CalendarInvites {

	static final String PRODUCT_ID = "-//Lantern//Gatherings 1.0//EN";

	private static final ZoneId UK = ZoneId.of("Europe/London");

	/** Gatherings run through the working day, UK time. */
	private static final LocalTime STARTS = LocalTime.of(10, 0);

	private static final LocalTime ENDS = LocalTime.of(15, 30);

	private final MailProperties properties;

	CalendarInvites(MailProperties properties) {
		this.properties = properties;
	}

	public static String uidOf(String gatheringId) {
		return gatheringId + "@lantern";
	}

	/** An invitation, or an update when {@code sequence} is higher than one sent before. */
	CalendarAttachment request(KnownGathering gathering, int sequence, Contact recipient, Instant now) {
		return new CalendarAttachment("REQUEST", build(gathering, sequence, recipient, now, false).toString());
	}

	/** Removes the entry from the recipient's calendar. */
	CalendarAttachment cancel(KnownGathering gathering, int sequence, Contact recipient, Instant now) {
		return new CalendarAttachment("CANCEL", build(gathering, sequence, recipient, now, true).toString());
	}

	private Calendar build(KnownGathering gathering, int sequence, Contact recipient, Instant now, boolean cancel) {
		Instant start = gathering.getDate().atTime(STARTS).atZone(UK).toInstant();
		Instant end = gathering.getDate().atTime(ENDS).atZone(UK).toInstant();
		VEvent event = new VEvent(start, end, oneLine(gathering.title()));
		event.add(new Uid(uidOf(gathering.getId())));
		event.add(new Sequence(sequence));
		// The constructor stamps the system time; the stamp is the service's clock's.
		event.replace(new DtStamp(now));
		event.add(new Location(oneLine(location(gathering))));
		event.add(new Description(agenda(gathering)));
		event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		geo(gathering).ifPresent(event::add);
		event.add(new Url(URI.create(properties.portalUrl() + "/gatherings/" + gathering.getId())));
		Organizer organizer = new Organizer(URI.create("mailto:" + senderAddress()));
		organizer.add(new Cn("Lantern"));
		event.add(organizer);
		Attendee attendee = new Attendee(URI.create("mailto:" + recipient.email()));
		attendee.add(Role.REQ_PARTICIPANT);
		attendee.add(PartStat.NEEDS_ACTION);
		if (recipient.name() != null && !recipient.name().isBlank()) {
			attendee.add(new Cn(parameterSafe(recipient.name())));
		}
		event.add(attendee);

		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
		calendar.add(event);
		return calendar;
	}

	static String location(KnownGathering gathering) {
		if (gathering.getVenueCouncil() == null) {
			return "Online (Lantern virtual session)";
		}
		String name = gathering.getVenueCouncilName() != null ? gathering.getVenueCouncilName()
				: gathering.getVenueCouncil();
		return Councils.reference()
			.find(gathering.getVenueCouncil())
			.map(council -> name + " council offices, " + council.region() + ", " + council.nation())
			.orElse(name + " council offices");
	}

	/** What will be shown and by whom: the gathering's agenda. */
	static String agenda(KnownGathering gathering) {
		List<String> lines = new ArrayList<>();
		lines.add("Innovations shown:");
		for (GatheringInnovation innovation : gathering.getInnovations()) {
			lines.add("- " + (innovation.title() == null ? innovation.innovationId() : innovation.title()) + " ("
					+ gathering.hostCouncilName(innovation.hostCouncil()) + ")");
		}
		lines.add("");
		lines.add("Hosts:");
		for (GatheringHost host : gathering.getHosts()) {
			lines.add("- " + (host.councilName() == null ? host.council() : host.councilName())
					+ (host.council().equals(gathering.getVenueCouncil()) ? " (venue)" : ""));
		}
		return String.join("\n", lines);
	}

	private static java.util.Optional<Geo> geo(KnownGathering gathering) {
		if (gathering.getVenueCouncil() == null) {
			return java.util.Optional.empty();
		}
		return Councils.reference()
			.find(gathering.getVenueCouncil())
			.map((Council council) -> new Geo(BigDecimal.valueOf(council.lat()), BigDecimal.valueOf(council.lon())));
	}

	private String senderAddress() {
		try {
			return new InternetAddress(properties.from(), true).getAddress();
		}
		catch (AddressException ex) {
			throw new IllegalStateException("lantern.mail.from is not an address: " + properties.from(), ex);
		}
	}

	/** Text values are escaped by ical4j; a line break in a one-line value is still replaced, to be sure. */
	private static String oneLine(String value) {
		return value.replaceAll("[\\r\\n\\t]+", " ").strip();
	}

	/** Parameter values cannot hold quotes or control characters at all. */
	private static String parameterSafe(String value) {
		return value.replaceAll("[\\p{Cntrl}\"]+", " ").strip();
	}
}
