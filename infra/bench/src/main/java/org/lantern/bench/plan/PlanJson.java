package org.lantern.bench.plan;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lantern.bench.dataset.DatasetException;
import org.lantern.engine.plan.Attendee;
import org.lantern.engine.plan.Gathering;
import org.lantern.engine.plan.GatheringKind;
import org.lantern.engine.plan.Plan;
import org.lantern.engine.plan.PlanMetrics;
import org.lantern.engine.plan.ThemeOutcome;
import org.lantern.engine.plan.Unserved;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The plan document of the bench contract: written by {@code plan}, read back by {@code check}. */
public final class PlanJson {

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private PlanJson() {
	}

	public static Map<String, Object> document(Plan plan, String strategy) {
		List<Object> gatherings = new ArrayList<>();
		for (Gathering g : plan.gatherings()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", g.id());
			m.put("kind", g.kind().name());
			m.put("date", g.date().toString());
			m.put("venueCouncil", g.venueCouncil());
			m.put("hosts", g.hosts());
			m.put("innovations", g.innovations());
			m.put("region", g.region());
			List<Object> attendees = new ArrayList<>();
			for (Attendee a : g.attendees()) {
				Map<String, Object> am = new LinkedHashMap<>();
				am.put("requestId", a.requestId());
				am.put("seekerCouncil", a.seekerCouncil());
				am.put("innovationIds", a.innovationIds());
				am.put("people", a.people());
				am.put("score", a.score());
				am.put("reasons", a.reasons());
				attendees.add(am);
			}
			m.put("attendees", attendees);
			m.put("people", g.people());
			m.put("hostDays", g.hostDays());
			m.put("confirmed", g.confirmed());
			if (g.themeRequestId() != null) {
				m.put("themeRequestId", g.themeRequestId());
			}
			gatherings.add(m);
		}
		List<Object> unserved = new ArrayList<>();
		for (Unserved u : plan.unserved()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("requestId", u.requestId());
			m.put("reason", u.reason());
			m.put("explanation", u.explanation());
			unserved.add(m);
		}
		PlanMetrics pm = plan.metrics();
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("requests", pm.requests());
		metrics.put("served", pm.served());
		metrics.put("gatherings", pm.gatherings());
		metrics.put("hostDays", pm.hostDays());
		metrics.put("naiveHostDays", pm.naiveHostDays());
		metrics.put("maxGatheringsPerHostQuarter", pm.maxGatheringsPerHostQuarter());
		metrics.put("runtimeMs", pm.runtimeMs());
		metrics.put("servable", pm.servable());
		metrics.put("servedShareOfServable", pm.servedShareOfServable());
		metrics.put("seekersPerHostDay", pm.seekersPerHostDay());
		metrics.put("travelKm", pm.travelKm());
		metrics.put("maxHostDaysPerHost", pm.maxHostDaysPerHost());
		Map<String, Integer> byKind = new LinkedHashMap<>();
		for (GatheringKind k : GatheringKind.values()) {
			byKind.put(k.name(), pm.byKind().getOrDefault(k, 0));
		}
		metrics.put("byKind", byKind);
		metrics.put("strategy", strategy);
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("gatherings", gatherings);
		doc.put("unserved", unserved);
		if (!plan.themes().isEmpty()) {
			List<Object> themes = new ArrayList<>();
			for (ThemeOutcome t : plan.themes()) {
				Map<String, Object> tm = new LinkedHashMap<>();
				tm.put("themeRequestId", t.themeRequestId());
				tm.put("gatheringId", t.gatheringId());
				tm.put("reason", t.reason());
				tm.put("explanation", t.explanation());
				themes.add(tm);
			}
			doc.put("themes", themes);
		}
		doc.put("metrics", metrics);
		return doc;
	}


	/** Reads a plan document; a metrics block, when present, is read so the checker can recompute it. */
	public static Plan read(File file) {
		if (!file.isFile()) {
			throw new DatasetException("Plan file not found: " + file);
		}
		JsonNode root;
		try {
			root = JSON.readTree(file);
		}
		catch (JacksonException ex) {
			throw new DatasetException("Plan " + file + " is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		List<Gathering> gatherings = new ArrayList<>();
		for (JsonNode g : root.path("gatherings")) {
			List<Attendee> attendees = new ArrayList<>();
			for (JsonNode a : g.path("attendees")) {
				attendees.add(new Attendee(a.path("requestId").asString(), a.path("seekerCouncil").asString(),
						strings(a.path("innovationIds")), a.path("people").asInt(0), a.path("score").asDouble(0),
						reasons(a.path("reasons"))));
			}
			GatheringKind kind;
			try {
				kind = GatheringKind.valueOf(g.path("kind").asString(""));
			}
			catch (IllegalArgumentException ex) {
				throw new DatasetException("Gathering " + g.path("id").asString() + ": unknown kind '"
						+ g.path("kind").asString() + "'");
			}
			JsonNode venue = g.path("venueCouncil");
			gatherings.add(new Gathering(g.path("id").asString(null), kind, LocalDate.parse(g.path("date").asString()),
					venue.isMissingNode() || venue.isNull() ? null : venue.asString(), strings(g.path("hosts")),
					strings(g.path("innovations")), g.path("region").asString(null), attendees,
					g.path("confirmed").asBoolean(false), g.path("themeRequestId").asString(null)));
		}
		List<Unserved> unserved = new ArrayList<>();
		for (JsonNode u : root.path("unserved")) {
			unserved.add(new Unserved(u.path("requestId").asString(), u.path("reason").asString(),
					u.path("explanation").asString("")));
		}
		JsonNode m = root.path("metrics");
		PlanMetrics metrics = m.isObject() ? new PlanMetrics(m.path("requests").asInt(), m.path("served").asInt(),
				m.path("gatherings").asInt(), m.path("hostDays").asDouble(), m.path("naiveHostDays").asDouble(),
				m.path("maxGatheringsPerHostQuarter").asInt(), m.path("runtimeMs").asLong(), m.path("servable").asInt(-1),
				m.path("servedShareOfServable").asDouble(), m.path("seekersPerHostDay").asDouble(),
				m.path("travelKm").asDouble(), m.path("maxHostDaysPerHost").asDouble(), Map.of()) : null;
		return new Plan(gatherings, unserved, metrics);
	}

	/** Innovation id to the matcher's reasons, kept so that an evaluation can show why a placement was made. */
	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> reasons(JsonNode node) {
		Map<String, Map<String, Object>> out = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			if (e.getValue().isObject()) {
				out.put(e.getKey(), JSON.convertValue(e.getValue(), LinkedHashMap.class));
			}
		}
		return out;
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		for (JsonNode v : array) {
			out.add(v.asString());
		}
		return out;
	}
}
