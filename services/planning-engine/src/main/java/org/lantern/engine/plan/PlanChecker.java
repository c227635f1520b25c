package org.lantern.engine.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.Format;

/**
 * Verifies a plan against its dataset for every hard constraint of the bench contract, sharing no code with the
 * planner (its own bank holiday rules, its own reading of offers and distances), so a planner bug cannot hide
 * itself. An empty list means the plan holds.
 *
 * <p>
 * Rules, by the name a {@link Violation} carries: {@code GATHERING_ID}, {@code KIND_SHAPE}, {@code VENUE},
 * {@code INNOVATION}, {@code HOST_WITHOUT_INNOVATION}, {@code WEEKDAY}, {@code BANK_HOLIDAY}, {@code BLACKOUT},
 * {@code FORMAT_NOT_OFFERED}, {@code CAPACITY}, {@code REQUEST}, {@code PEOPLE}, {@code ATTENDEE_INNOVATIONS},
 * {@code WINDOW}, {@code FORMAT_NOT_ACCEPTED}, {@code TRAVEL}, {@code REQUEST_TWICE}, {@code QUARTER_CAP},
 * {@code UNSERVED}, {@code METRICS}.
 */
public final class PlanChecker {

	private final PlanningProblem problem;

	private final Map<String, EngineInnovation> innovations = new HashMap<>();

	private final Map<String, EngineRequest> requests = new HashMap<>();

	private final Map<String, Set<LocalDate>> blackout = new HashMap<>();

	private final Map<String, Integer> quarterCap = new HashMap<>();

	public PlanChecker(PlanningProblem problem) {
		this.problem = problem;
		for (EngineInnovation i : problem.innovations()) {
			innovations.put(i.id(), i);
			HostingOffer offer = offer(i);
			blackout.computeIfAbsent(i.hostCouncil(), k -> new HashSet<>())
				.addAll(offer.blackoutDates() == null ? List.of() : offer.blackoutDates());
			quarterCap.merge(i.hostCouncil(), offer.maxGatheringsPerQuarter(), Math::max);
		}
		problem.requests().forEach(r -> requests.put(r.id(), r));
	}

	private static HostingOffer offer(EngineInnovation i) {
		return i.hostingOffer() == null ? HostingOffer.defaults() : i.hostingOffer();
	}

	public List<Violation> check(Plan plan) {
		List<Violation> out = new ArrayList<>();
		Set<String> gatheringIds = new HashSet<>();
		Map<String, String> seenRequest = new HashMap<>();
		Map<String, Integer> hostQuarter = new HashMap<>();
		for (Gathering g : plan.gatherings()) {
			String gid = g.id();
			if (gid == null || !gatheringIds.add(gid)) {
				out.add(new Violation("GATHERING_ID", gid, null, "missing or repeated gathering id"));
			}
			checkGathering(g, out);
			for (String host : g.hosts()) {
				if (g.date() != null) {
					hostQuarter.merge(host + "|" + g.date().getYear() + "-Q" + ((g.date().getMonthValue() + 2) / 3), 1,
							Integer::sum);
				}
			}
			for (Attendee a : g.attendees()) {
				String previous = seenRequest.put(a.requestId(), gid);
				if (previous != null) {
					out.add(new Violation("REQUEST_TWICE", gid, a.requestId(), "also placed at " + previous));
				}
				checkAttendee(g, a, out);
			}
		}
		for (Map.Entry<String, Integer> e : hostQuarter.entrySet()) {
			String host = e.getKey().substring(0, e.getKey().indexOf('|'));
			int cap = quarterCap.getOrDefault(host, 0);
			if (e.getValue() > cap) {
				out.add(new Violation("QUARTER_CAP", null, null, host + " hosts or presents at " + e.getValue()
						+ " gatherings in " + e.getKey().substring(host.length() + 1) + ", cap " + cap));
			}
		}
		Set<String> unservedIds = new HashSet<>();
		for (Unserved u : plan.unserved()) {
			if (seenRequest.containsKey(u.requestId()) || !unservedIds.add(u.requestId())) {
				out.add(new Violation("UNSERVED", null, u.requestId(), "listed unserved twice or also served"));
			}
		}
		for (EngineRequest r : problem.requests()) {
			if (!seenRequest.containsKey(r.id()) && !unservedIds.contains(r.id())) {
				out.add(new Violation("UNSERVED", null, r.id(), "neither served nor listed unserved"));
			}
		}
		if (plan.metrics() != null) {
			checkMetrics(plan, seenRequest.size(), hostQuarter, out);
		}
		return out;
	}

	private void checkGathering(Gathering g, List<Violation> out) {
		String gid = g.id();
		GatheringKind kind = g.kind();
		if (kind == null || g.date() == null || g.hosts().isEmpty()) {
			out.add(new Violation("KIND_SHAPE", gid, null, "kind, date and hosts are required"));
			return;
		}
		int hosts = new HashSet<>(g.hosts()).size();
		boolean shapeOk = switch (kind) {
			case HOSTED_VISIT -> hosts == 1 && g.attendees().size() == 1;
			case OPEN_DAY -> hosts == 1;
			case NETWORK_MEETING -> hosts >= 2;
			case VIRTUAL_SESSION -> true;
		};
		if (!shapeOk || hosts != g.hosts().size()) {
			out.add(new Violation("KIND_SHAPE", gid, null,
					kind + " with " + g.hosts().size() + " hosts and " + g.attendees().size() + " attendees"));
		}
		if (kind.inPerson() != (g.venueCouncil() != null) || (g.venueCouncil() != null && !g.hosts().contains(g.venueCouncil()))) {
			out.add(new Violation("VENUE", gid, null, "venue " + g.venueCouncil() + " must be one of the hosts "
					+ g.hosts() + (kind.inPerson() ? "" : " (none for a virtual session)")));
		}
		LocalDate date = g.date();
		if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			out.add(new Violation("WEEKDAY", gid, null, date + " is a " + date.getDayOfWeek()));
		}
		if (BankHolidaysEnglandWales.isBankHoliday(date)) {
			out.add(new Violation("BANK_HOLIDAY", gid, null, date + " is an England and Wales bank holiday"));
		}
		for (String host : g.hosts()) {
			if (blackout.getOrDefault(host, Set.of()).contains(date)) {
				out.add(new Violation("BLACKOUT", gid, null, date + " is a blackout date of host " + host));
			}
		}
		Set<String> hostsWithInnovation = new HashSet<>();
		int venueCap = Integer.MAX_VALUE, smallestCap = Integer.MAX_VALUE;
		for (String id : g.innovations()) {
			EngineInnovation innovation = innovations.get(id);
			if (innovation == null || !g.hosts().contains(innovation.hostCouncil())) {
				out.add(new Violation("INNOVATION", gid, null, "innovation " + id
						+ (innovation == null ? " is not in the dataset" : " is not hosted by any of " + g.hosts())));
				continue;
			}
			hostsWithInnovation.add(innovation.hostCouncil());
			HostingOffer offer = offer(innovation);
			if (offer.formats() == null || !offer.formats().contains(kind.format())) {
				out.add(new Violation("FORMAT_NOT_OFFERED", gid, null, id + " does not offer " + kind.format()));
			}
			smallestCap = Math.min(smallestCap, offer.maxVisitorsPerGathering());
			if (innovation.hostCouncil().equals(g.venueCouncil())) {
				venueCap = Math.min(venueCap, offer.maxVisitorsPerGathering());
			}
		}
		for (String host : g.hosts()) {
			if (!hostsWithInnovation.contains(host)) {
				out.add(new Violation("HOST_WITHOUT_INNOVATION", gid, null, host + " presents no innovation"));
			}
		}
		int cap = kind.inPerson() ? venueCap : smallestCap;
		int people = g.attendees().stream().mapToInt(Attendee::people).sum();
		if (cap == Integer.MAX_VALUE || people > cap) {
			out.add(new Violation("CAPACITY", gid, null, people + " people for "
					+ (cap == Integer.MAX_VALUE ? "no venue innovation" : cap + " places")));
		}
	}

	private void checkAttendee(Gathering g, Attendee a, List<Violation> out) {
		String gid = g.id();
		EngineRequest r = requests.get(a.requestId());
		if (r == null || !r.seekerCouncil().equals(a.seekerCouncil())) {
			out.add(new Violation("REQUEST", gid, a.requestId(),
					r == null ? "no such request" : "seeker " + a.seekerCouncil() + " is not " + r.seekerCouncil()));
			return;
		}
		if (a.people() != Math.max(1, r.attendees())) {
			out.add(new Violation("PEOPLE", gid, r.id(), a.people() + " people, the request sends " + r.attendees()));
		}
		if (a.innovationIds().isEmpty() || !g.innovations().containsAll(a.innovationIds())) {
			out.add(new Violation("ATTENDEE_INNOVATIONS", gid, r.id(),
					a.innovationIds() + " must be a non-empty subset of " + g.innovations()));
		}
		if (g.date() != null && (r.window() == null || !r.window().contains(g.date()))) {
			out.add(new Violation("WINDOW", gid, r.id(), g.date() + " is outside " + r.window()));
		}
		if (g.kind() != null && !r.formats().contains(g.kind().format())) {
			out.add(new Violation("FORMAT_NOT_ACCEPTED", gid, r.id(), r.formats() + " has no " + g.kind().format()));
		}
		if (g.kind() != null && g.kind().inPerson() && g.venueCouncil() != null) {
			Optional<Council> seeker = problem.councils().find(r.seekerCouncil());
			Optional<Council> venue = problem.councils().find(g.venueCouncil());
			if (seeker.isEmpty() || venue.isEmpty()) {
				out.add(new Violation("TRAVEL", gid, r.id(), "unknown seeker or venue council"));
			}
			else {
				double km = greatCircleKm(seeker.get(), venue.get());
				if (km > r.maxTravelKm()) {
					out.add(new Violation("TRAVEL", gid, r.id(),
							String.format("%.1f km to the venue, limit %d km", km, r.maxTravelKm())));
				}
			}
		}
	}

	private void checkMetrics(Plan plan, int served, Map<String, Integer> hostQuarter, List<Violation> out) {
		PlanMetrics m = plan.metrics();
		double hostDays = 0;
		for (Gathering g : plan.gatherings()) {
			for (String host : g.hosts()) {
				hostDays += g.kind() == GatheringKind.VIRTUAL_SESSION ? 0.25 : host.equals(g.venueCouncil()) ? 1 : 0.5;
			}
		}
		int maxPerQuarter = hostQuarter.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		List<String> wrong = new ArrayList<>();
		if (m.requests() != problem.requests().size()) {
			wrong.add("requests " + m.requests() + " != " + problem.requests().size());
		}
		if (m.served() != served) {
			wrong.add("served " + m.served() + " != " + served);
		}
		if (m.gatherings() != plan.gatherings().size()) {
			wrong.add("gatherings " + m.gatherings() + " != " + plan.gatherings().size());
		}
		if (Math.abs(m.hostDays() - hostDays) > 0.01) {
			wrong.add("hostDays " + m.hostDays() + " != " + hostDays);
		}
		if (Math.abs(m.naiveHostDays() - served) > 0.01) {
			wrong.add("naiveHostDays " + m.naiveHostDays() + " != " + served);
		}
		if (m.maxGatheringsPerHostQuarter() != maxPerQuarter) {
			wrong.add("maxGatheringsPerHostQuarter " + m.maxGatheringsPerHostQuarter() + " != " + maxPerQuarter);
		}
		if (!wrong.isEmpty()) {
			out.add(new Violation("METRICS", null, null, String.join("; ", wrong)));
		}
	}

	/** Haversine on the mean Earth radius, as the contract's "great-circle distance". */
	static double greatCircleKm(Council a, Council b) {
		double r = 6371.0088;
		double p1 = Math.toRadians(a.lat()), p2 = Math.toRadians(b.lat());
		double dp = p2 - p1, dl = Math.toRadians(b.lon() - a.lon());
		double h = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
		return 2 * r * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	static Format formatOf(GatheringKind kind) {
		return kind.format();
	}
}
