package org.lantern.notification.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.lantern.notification.gatherings.KnownGathering;
import org.lantern.notification.mail.MailProperties;
import org.lantern.notification.mail.MailQueue;
import org.lantern.notification.mail.MailTemplates;
import org.lantern.notification.mail.OutgoingMail;
import org.lantern.notification.matches.UnservedRequest;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.GatheringHost;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a week, tells each regional body what happened in its region: gatherings proposed, confirmed and held in the
 * past week, those coming up, the hosting load per council, and the learning requests still unserved and why. Each
 * week's digest is one queued mail per region (its id names the week), so it goes once however many instances look.
 */
@Component
class WeeklyDigest {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	/** Hosting load counts what a council hosted or will host within this many days either side of the digest. */
	private static final Duration LOAD_WINDOW = Duration.ofDays(91);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final MongoTemplate mongo;

	private final MailTemplates templates;

	private final MailQueue queue;

	private final MailProperties mail;

	private final DigestProperties properties;

	private final Clock clock;

	WeeklyDigest(MongoTemplate mongo, MailTemplates templates, MailQueue queue, MailProperties mail,
			DigestProperties properties, Clock clock) {
		this.mongo = mongo;
		this.templates = templates;
		this.queue = queue;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${lantern.digest.check-interval:1m}")
	public void sendDue() {
		ZonedDateTime weekEnd = latestDigestTime(clock.instant());
		for (DigestProperties.RegionalBody body : properties.regionalBodies()) {
			String eventId = "digest-" + weekEnd.toLocalDate();
			if (mongo.exists(Query.query(Criteria.where("_id").is(OutgoingMail.idOf(eventId, "regional-body",
					body.region()))), OutgoingMail.class)) {
				continue;
			}
			queue.enqueue(eventId, "regional-body", body.region(), body.region(),
					new Contact(body.name(), body.email()),
					templates.render("weekly-digest-regional-body", model(body, weekEnd.toInstant())), "digest", null,
					null);
		}
	}

	/** The most recent digest time (the configured day and time, UK time) at or before {@code now}. */
	ZonedDateTime latestDigestTime(Instant now) {
		ZonedDateTime local = now.atZone(UK);
		ZonedDateTime candidate = local.with(TemporalAdjusters.previousOrSame(properties.day()))
			.with(properties.at())
			.withZoneSameLocal(UK);
		return candidate.isAfter(local) ? candidate.minusWeeks(1) : candidate;
	}

	private Map<String, Object> model(DigestProperties.RegionalBody body, Instant weekEnd) {
		Instant weekStart = weekEnd.minus(Duration.ofDays(7));
		LocalDate today = LocalDate.ofInstant(weekEnd, UK);
		List<KnownGathering> inRegion = mongo.find(
				Query.query(Criteria.where("region").is(body.region())).with(Sort.by("date")), KnownGathering.class);
		Map<String, Integer> load = new TreeMap<>();
		for (KnownGathering gathering : inRegion) {
			boolean hosting = gathering.getStatus().equals("CONFIRMED") || gathering.getStatus().equals("HELD");
			boolean near = !gathering.getDate().isBefore(today.minusDays(LOAD_WINDOW.toDays()))
					&& !gathering.getDate().isAfter(today.plusDays(LOAD_WINDOW.toDays()));
			if (hosting && near) {
				for (GatheringHost host : gathering.getHosts()) {
					load.merge(host.councilName() == null ? host.council() : host.councilName(), 1, Integer::sum);
				}
			}
		}
		Map<String, Integer> busiestFirst = new LinkedHashMap<>();
		load.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.forEach(e -> busiestFirst.put(e.getKey(), e.getValue()));

		Map<String, Object> model = new HashMap<>();
		model.put("recipient", new Contact(body.name(), body.email()));
		model.put("region", body.region());
		model.put("from", DAY.format(weekStart.atZone(UK)));
		model.put("to", DAY.format(weekEnd.atZone(UK)));
		model.put("proposed", inRegion.stream().filter(g -> within(g.getProposedAt(), weekStart, weekEnd)).toList());
		model.put("confirmed", inRegion.stream().filter(g -> within(g.getConfirmedAt(), weekStart, weekEnd)).toList());
		model.put("held", inRegion.stream().filter(g -> within(g.getHeldAt(), weekStart, weekEnd)).toList());
		model.put("upcoming", inRegion.stream()
			.filter(g -> g.getStatus().equals("CONFIRMED") && !g.getDate().isBefore(today))
			.toList());
		model.put("load", busiestFirst);
		model.put("unserved", mongo.find(Query.query(Criteria.where("region").is(body.region())).with(Sort.by("since")),
				UnservedRequest.class));
		model.put("portalUrl", mail.portalUrl());
		return model;
	}

	private static boolean within(Instant when, Instant from, Instant to) {
		return when != null && !when.isBefore(from) && when.isBefore(to);
	}
}
