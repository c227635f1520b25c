package org.lantern.bench.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.lantern.bench.dataset.DatasetException;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.CouncilType;
import org.lantern.shared.reference.Councils;
import tools.jackson.databind.JsonNode;

/**
 * Synthetic bench datasets shaped like {@code lantern-dev.json}: real English councils and their locations, the dev
 * catalogue's innovations re-hosted across them, and requests that reuse the dev set's needs (topic, service areas,
 * formats, party sizes) with demand skewed so that a few needs, and so a few innovations, draw most of it. The same
 * seed always gives the same dataset. The dev set's judgments carry over to the copies, so match and plan quality can
 * be measured on generated workloads too. Another dataset's requests can stand in for the dev set's needs, so that a
 * workload is not only ever the thirty needs the matcher was tuned on. With {@code catalogueHosts} the innovations stay
 * with the councils that host them in the catalogue (in the dev set, 24 councils host the 90, one of them 11), so a
 * council's quarterly cap is shared by all its innovations, as in the dev set itself.
 */
public final class WorkloadGenerator {

	private static final String DEV = "/lantern-bench/lantern-dev.json";

	/**
	 * Zipf exponent of need popularity by default: the most asked-for need draws several times the median one. 0 asks
	 * for every need equally often.
	 */
	public static final double DEFAULT_SKEW = 0.6;

	/** Beyond this many request-innovation pairs judgments are left out, to keep the file a sensible size. */
	private static final long MAX_JUDGED_PAIRS = 20_000_000L;

	private static final LocalDate FIRST_START = LocalDate.of(2027, 1, 4);

	private static final int START_SPREAD_DAYS = 270;

	public record Params(int councils, int innovations, int requests, long seed, boolean catalogueHosts, double skew) {

		public Params {
			if (!(skew >= 0)) {
				throw new IllegalArgumentException("skew must be at least 0, was " + skew);
			}
		}

		public Params(int councils, int innovations, int requests, long seed, boolean catalogueHosts) {
			this(councils, innovations, requests, seed, catalogueHosts, DEFAULT_SKEW);
		}

		public Params(int councils, int innovations, int requests, long seed) {
			this(councils, innovations, requests, seed, false);
		}
	}

	private WorkloadGenerator() {
	}

	public static Map<String, Object> generate(Params params) {
		return generate(params, readDev(), null);
	}

	/**
	 * A workload built the same way from another dataset's requests (and innovations, when it has any; otherwise the
	 * dev catalogue's, which is what hand-written request sets such as {@code extra-requests.json} are judged against).
	 *
	 * @param source a dataset in the bench format whose requests, with their judgments, are the needs
	 * @param sourceName recorded in the output's {@code generator} block; null for the dev set
	 */
	public static Map<String, Object> generate(Params params, JsonNode source, String sourceName) {
		List<JsonNode> needs = new ArrayList<>();
		source.path("requests").forEach(needs::add);
		if (needs.isEmpty()) {
			throw new DatasetException("Template dataset " + (sourceName == null ? DEV : sourceName)
					+ " has no requests to draw needs from");
		}
		List<JsonNode> templates = new ArrayList<>();
		JsonNode catalogue = source.path("innovations").isEmpty() ? readDev() : source;
		catalogue.path("innovations").forEach(templates::add);
		// Hosts that are not councils of the reference list (an association, a trust) travel with their innovations.
		List<JsonNode> extraCouncils = new ArrayList<>();
		if (params.catalogueHosts()) {
			catalogue.path("councils").forEach(extraCouncils::add);
		}
		SplittableRandom random = new SplittableRandom(params.seed());
		List<Council> pool = councilPool(params.councils(), random);
		// Templates some need is judged to want come first, so a small catalogue still answers the needs.
		List<JsonNode> ordered = orderTemplates(templates, needs, random);

		List<Map<String, Object>> innovations = new ArrayList<>();
		Map<String, List<String>> copiesOf = new LinkedHashMap<>();
		for (int k = 0; k < params.innovations(); k++) {
			JsonNode t = ordered.get(k % ordered.size());
			// Drawn either way, so that with catalogue hosts the workload differs only in where the innovations are.
			Council host = pool.get(random.nextInt(pool.size()));
			String id = "inn-g" + k + "-" + t.path("id").asString().replaceFirst("^inn-", "");
			copiesOf.computeIfAbsent(t.path("id").asString(), x -> new ArrayList<>()).add(id);
			Map<String, Object> inn = new LinkedHashMap<>();
			inn.put("id", id);
			inn.put("hostCouncil", params.catalogueHosts() ? t.path("hostCouncil").asString() : host.code());
			inn.put("partnerCouncils", params.catalogueHosts() ? strings(t.path("partnerCouncils")) : List.of());
			inn.put("title", t.path("title").asString(""));
			inn.put("summary", t.path("summary").asString(""));
			inn.put("serviceAreas", strings(t.path("serviceAreas")));
			inn.put("innovationType", t.path("innovationType").asString(null));
			inn.put("stage", t.path("stage").asString(null));
			inn.put("keywords", strings(t.path("keywords")));
			if (t.path("evaluation").isObject()) {
				Map<String, Object> e = new LinkedHashMap<>();
				JsonNode te = t.path("evaluation");
				e.put("outcome", te.path("outcome").asString(null));
				e.put("evidenceLevel", te.path("evidenceLevel").asInt(0));
				e.put("transferability", te.path("transferability").asString(null));
				e.put("metrics", te.path("metrics").asString(""));
				inn.put("evaluation", e);
			}
			inn.put("hostingOffer", offer(random));
			innovations.add(inn);
		}

		double[] cumulative = zipf(needs.size(), params.skew());
		int[] needOrder = shuffled(needs.size(), random);
		boolean judge = (long) params.requests() * Math.max(1, params.innovations() / Math.max(1, templates.size()))
				* 6 <= MAX_JUDGED_PAIRS;
		List<Map<String, Object>> requests = new ArrayList<>();
		for (int n = 0; n < params.requests(); n++) {
			JsonNode need = needs.get(needOrder[pick(cumulative, random.nextDouble())]);
			Council seeker = pool.get(random.nextInt(pool.size()));
			Map<String, Object> r = new LinkedHashMap<>();
			r.put("id", String.format("req-%06d", n + 1));
			r.put("seekerCouncil", seeker.code());
			r.put("topic", need.path("topic").asString(""));
			r.put("serviceAreas", strings(need.path("serviceAreas")));
			// Formats and party size come from another dev request: how a council likes to learn is not tied to what.
			JsonNode how = needs.get(random.nextInt(needs.size()));
			r.put("formats", strings(how.path("formats")));
			LocalDate from = weekday(FIRST_START.plusDays(random.nextInt(START_SPREAD_DAYS)));
			LocalDate to = from.plusMonths(1 + random.nextInt(6)).minusDays(1);
			// Insertion-ordered, unlike Map.of, whose order changes from one JVM to the next and so would the file's bytes.
			Map<String, Object> window = new LinkedHashMap<>();
			window.put("from", from.toString());
			window.put("to", to.toString());
			r.put("window", window);
			r.put("maxTravelKm", travel(random));
			r.put("attendees", Math.max(1, Math.min(4, how.path("attendees").asInt(2))));
			if (judge) {
				Map<String, Integer> judgments = new LinkedHashMap<>();
				for (Map.Entry<String, JsonNode> g : need.path("judgments").properties()) {
					for (String copy : copiesOf.getOrDefault(g.getKey(), List.of())) {
						judgments.put(copy, g.getValue().asInt());
					}
				}
				r.put("judgments", judgments);
			}
			requests.add(r);
		}
		Map<String, Object> doc = new LinkedHashMap<>();
		Map<String, Object> generator = new LinkedHashMap<>();
		generator.put("councils", params.councils());
		generator.put("innovations", params.innovations());
		generator.put("requests", params.requests());
		generator.put("seed", params.seed());
		if (sourceName != null) {
			generator.put("from", sourceName);
		}
		if (params.catalogueHosts()) {
			generator.put("catalogueHosts", true);
		}
		if (params.skew() != DEFAULT_SKEW) {
			generator.put("skew", params.skew());
		}
		doc.put("generator", generator);
		doc.put("councils", extraCouncils);
		doc.put("innovations", innovations);
		doc.put("requests", requests);
		return doc;
	}

	/** English local authorities (no fire, combined or county-wide strategic bodies), a seeded sample of n. */
	static List<Council> councilPool(int n, SplittableRandom random) {
		List<Council> english = new ArrayList<>(Councils.reference()
			.all()
			.stream()
			.filter(c -> "England".equals(c.nation()))
			.filter(c -> switch (c.type()) {
				case DISTRICT, UNITARY, METROPOLITAN_BOROUGH, LONDON_BOROUGH, COUNTY -> true;
				default -> false;
			})
			.sorted(Comparator.comparing(Council::code))
			.toList());
		for (int i = english.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			Council tmp = english.get(i);
			english.set(i, english.get(j));
			english.set(j, tmp);
		}
		return english.subList(0, Math.max(1, Math.min(n, english.size())));
	}

	private static List<JsonNode> orderTemplates(List<JsonNode> templates, List<JsonNode> needs, SplittableRandom random) {
		List<JsonNode> wanted = new ArrayList<>(), rest = new ArrayList<>();
		for (JsonNode t : templates) {
			String id = t.path("id").asString();
			boolean isWanted = false;
			for (JsonNode n : needs) {
				isWanted |= n.path("judgments").path(id).asInt(0) >= 2;
			}
			(isWanted ? wanted : rest).add(t);
		}
		List<JsonNode> out = new ArrayList<>();
		for (int i : shuffled(wanted.size(), random)) {
			out.add(wanted.get(i));
		}
		for (int i : shuffled(rest.size(), random)) {
			out.add(rest.get(i));
		}
		return out;
	}

	/** Hosting offers of 1–3 gatherings a quarter and 6–20 visitors, open days nearly always among the formats. */
	private static Map<String, Object> offer(SplittableRandom random) {
		List<String> formats = new ArrayList<>();
		if (random.nextDouble() < 0.5) {
			formats.add("HOSTED_VISIT");
		}
		if (random.nextDouble() < 0.9) {
			formats.add("OPEN_DAY");
		}
		if (random.nextDouble() < 0.6) {
			formats.add("NETWORK_MEETING");
		}
		if (random.nextDouble() < 0.75) {
			formats.add("VIRTUAL");
		}
		if (formats.isEmpty()) {
			formats.add("OPEN_DAY");
		}
		List<String> blackout = new ArrayList<>();
		int blackouts = random.nextInt(4);
		for (int b = 0; b < blackouts; b++) {
			blackout.add(weekday(FIRST_START.plusDays(random.nextInt(400))).toString());
		}
		Map<String, Object> offer = new LinkedHashMap<>();
		offer.put("formats", formats);
		offer.put("maxGatheringsPerQuarter", 1 + random.nextInt(3));
		offer.put("maxVisitorsPerGathering", 6 + random.nextInt(15));
		offer.put("blackoutDates", blackout);
		offer.put("feePerVisitorGbp", 0);
		return offer;
	}

	/** 30–400 km, most councils willing to go 100–250 km for a day. */
	private static int travel(SplittableRandom random) {
		double u = (random.nextDouble() + random.nextDouble()) / 2;
		return (int) Math.round(30 + u * 370) / 10 * 10;
	}

	private static LocalDate weekday(LocalDate d) {
		while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
			d = d.plusDays(1);
		}
		return d;
	}

	private static double[] zipf(int n, double skew) {
		double[] c = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += 1 / Math.pow(i + 1, skew);
			c[i] = sum;
		}
		for (int i = 0; i < n; i++) {
			c[i] /= sum;
		}
		return c;
	}

	private static int pick(double[] cumulative, double u) {
		for (int i = 0; i < cumulative.length; i++) {
			if (u <= cumulative[i]) {
				return i;
			}
		}
		return cumulative.length - 1;
	}

	private static int[] shuffled(int n, SplittableRandom random) {
		int[] a = new int[n];
		for (int i = 0; i < n; i++) {
			a[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = a[i];
			a[i] = a[j];
			a[j] = t;
		}
		return a;
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(v -> out.add(v.asString()));
		return out;
	}

	private static JsonNode readDev() {
		try (InputStream in = WorkloadGenerator.class.getResourceAsStream(DEV)) {
			if (in == null) {
				throw new IllegalStateException("Generator resource missing: " + DEV);
			}
			return PlanJson.JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean isCouncil(CouncilType type) {
		return type != CouncilType.ASSOCIATION && type != CouncilType.COMMUNITY_ORGANISATION;
	}
}
