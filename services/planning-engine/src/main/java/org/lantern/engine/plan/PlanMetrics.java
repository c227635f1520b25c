package org.lantern.engine.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.Councils;

/**
 * The bench contract's metrics block, computed from the gatherings themselves (never from the planner's own
 * book-keeping), plus figures the README reports.
 *
 * @param naiveHostDays one hosted visit per served request
 * @param maxGatheringsPerHostQuarter the most gatherings any council hosts or presents at in one calendar quarter
 * @param servable requests with at least one relevant host they could meet (format, reach, a free date), capacity
 *     aside; -1 when unknown
 * @param seekersPerHostDay served requests per host-day
 * @param travelKm great-circle kilometres from every in-person seeker to its venue, summed
 * @param maxHostDaysPerHost the most host-days any one council carries (the even-load objective)
 */
public record PlanMetrics(int requests, int served, int gatherings, double hostDays, double naiveHostDays,
		int maxGatheringsPerHostQuarter, long runtimeMs, int servable, double servedShareOfServable,
		double seekersPerHostDay, double travelKm, double maxHostDaysPerHost, Map<GatheringKind, Integer> byKind) {

	public static PlanMetrics of(Collection<Gathering> gatherings, int requests, int servable, long runtimeMs,
			Councils councils) {
		Set<String> servedIds = new HashSet<>();
		double hostDays = 0, travel = 0;
		Map<String, Integer> perHostQuarter = new HashMap<>();
		Map<String, Double> perHost = new HashMap<>();
		Map<GatheringKind, Integer> byKind = new EnumMap<>(GatheringKind.class);
		for (Gathering g : gatherings) {
			hostDays += g.hostDays();
			byKind.merge(g.kind(), 1, Integer::sum);
			for (String host : g.hosts()) {
				perHostQuarter.merge(host + "@" + Quarters.of(g.date()), 1, Integer::sum);
				double share = g.kind().inPerson() ? g.kind().hostDays(host.equals(g.venueCouncil())) : 0.25;
				perHost.merge(host, share, Double::sum);
			}
			Council venue = g.venueCouncil() == null ? null : councils.find(g.venueCouncil()).orElse(null);
			for (Attendee a : g.attendees()) {
				servedIds.add(a.requestId());
				if (venue != null) {
					travel += councils.find(a.seekerCouncil()).map(venue::distanceKmTo).orElse(0.0);
				}
			}
		}
		int served = servedIds.size();
		int maxPerQuarter = perHostQuarter.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		double maxPerHost = perHost.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		double share = servable > 0 ? round(Math.min(served, servable) / (double) servable) : 0;
		return new PlanMetrics(requests, served, gatherings.size(), round(hostDays), served, maxPerQuarter, runtimeMs,
				servable, share, hostDays > 0 ? round(served / hostDays) : 0, round(travel), round(maxPerHost), byKind);
	}

	public PlanMetrics withRuntimeMs(long value) {
		return new PlanMetrics(requests, served, gatherings, hostDays, naiveHostDays, maxGatheringsPerHostQuarter, value,
				servable, servedShareOfServable, seekersPerHostDay, travelKm, maxHostDaysPerHost, byKind);
	}

	static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

	static List<String> sortedKeys(Map<String, ?> map) {
		List<String> keys = new ArrayList<>(map.keySet());
		keys.sort(null);
		return keys;
	}
}
