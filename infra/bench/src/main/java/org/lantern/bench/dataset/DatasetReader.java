package org.lantern.bench.dataset;

import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lantern.engine.model.EngineEvaluation;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.engine.plan.ThemeRequest;
import org.lantern.shared.events.DateWindow;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.CouncilType;
import org.lantern.shared.reference.Councils;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.InnovationType;
import org.lantern.shared.reference.LessonsVisibility;
import org.lantern.shared.reference.Outcome;
import org.lantern.shared.reference.ServiceArea;
import org.lantern.shared.reference.Stage;
import org.lantern.shared.reference.Transferability;
import org.lantern.shared.reference.UnknownCouncilException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bench dataset format of {@code bench-contract.md}. Unknown fields are ignored and {@code judgments} is
 * never read here (see {@link Judgments}), so nothing the engine is given can leak the answers.
 */
public final class DatasetReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DatasetReader() {
	}

	public static Dataset read(File file) {
		return read(parse(file), Councils.reference());
	}

	/** A dataset already in memory, e.g. one {@code WorkloadGenerator} made, against the reference councils. */
	public static Dataset read(JsonNode root) {
		return read(root, Councils.reference());
	}

	/** The file as a JSON tree, for readers that need fields the engine must not see (judgments, templates). */
	public static JsonNode parse(File file) {
		if (!file.isFile()) {
			throw new DatasetException("Dataset file not found: " + file);
		}
		try {
			return JSON.readTree(file);
		}
		catch (JacksonException ex) {
			throw new DatasetException("Dataset " + file + " is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	static Dataset read(JsonNode root, Councils reference) {
		List<Council> extra = new ArrayList<>();
		for (JsonNode c : root.path("councils")) {
			extra.add(council(c));
		}
		Councils councils = reference.with(extra);
		List<EngineInnovation> innovations = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (JsonNode i : root.path("innovations")) {
			EngineInnovation innovation = innovation(i, councils);
			if (!ids.add(innovation.id())) {
				throw new DatasetException("Innovation id '" + innovation.id() + "' appears twice");
			}
			innovations.add(innovation);
		}
		List<EngineRequest> requests = new ArrayList<>();
		Set<String> requestIds = new HashSet<>();
		for (JsonNode r : root.path("requests")) {
			EngineRequest request = request(r, councils);
			if (!requestIds.add(request.id())) {
				throw new DatasetException("Request id '" + request.id() + "' appears twice");
			}
			requests.add(request);
		}
		List<ThemeRequest> themes = new ArrayList<>();
		Set<String> themeIds = new HashSet<>();
		for (JsonNode t : root.path("themes")) {
			ThemeRequest theme = theme(t, councils);
			if (!themeIds.add(theme.id())) {
				throw new DatasetException("Theme id '" + theme.id() + "' appears twice");
			}
			themes.add(theme);
		}
		return new Dataset(councils, List.copyOf(innovations), List.copyOf(requests), List.copyOf(themes));
	}

	/** {"id", "region", "theme", "serviceAreas"?, "window": {"from", "to"}, "requestedBy"?}. */
	private static ThemeRequest theme(JsonNode t, Councils councils) {
		String id = required(t, "id", "theme");
		String where = "theme " + id;
		String region = required(t, "region", where);
		if (councils.all().stream().noneMatch(c -> region.equals(c.region()))) {
			throw new DatasetException(where + ": no council is in region '" + region + "'");
		}
		JsonNode w = t.path("window");
		LocalDate from = date(required(w, "from", where + " window"), where + " window.from");
		LocalDate to = date(required(w, "to", where + " window"), where + " window.to");
		if (to.isBefore(from)) {
			throw new DatasetException(where + ": window ends before it starts");
		}
		return new ThemeRequest(id, region, required(t, "theme", where),
				enumList(ServiceArea.class, t, "serviceAreas", where), from, to, text(t, "requestedBy", null));
	}

	private static Council council(JsonNode c) {
		String code = required(c, "code", "council");
		Integer population = c.path("population").isNumber() ? c.path("population").asInt() : null;
		return new Council(code, text(c, "name", code), enumValue(CouncilType.class, c, "type", "council " + code),
				text(c, "region", null), text(c, "nation", null), c.path("lat").asDouble(), c.path("lon").asDouble(),
				population);
	}

	private static EngineInnovation innovation(JsonNode i, Councils councils) {
		String id = required(i, "id", "innovation");
		String where = "innovation " + id;
		String host = knownCouncil(councils, required(i, "hostCouncil", where), where + " hostCouncil");
		List<String> partners = new ArrayList<>();
		for (JsonNode p : i.path("partnerCouncils")) {
			partners.add(knownCouncil(councils, p.asString(), where + " partnerCouncils"));
		}
		JsonNode e = i.path("evaluation");
		EngineEvaluation evaluation = e.isObject() ? new EngineEvaluation(
				optionalEnum(Outcome.class, e, "outcome", where), e.path("evidenceLevel").asInt(0),
				optionalEnum(Transferability.class, e, "transferability", where), text(e, "metrics", ""),
				text(e, "lessonsLearned", ""), optionalEnum(LessonsVisibility.class, e, "lessonsVisibility", where))
				: null;
		return new EngineInnovation(id, host, partners, text(i, "title", ""), text(i, "summary", ""),
				enumList(ServiceArea.class, i, "serviceAreas", where),
				optionalEnum(InnovationType.class, i, "innovationType", where),
				optionalEnum(Stage.class, i, "stage", where), strings(i.path("keywords")), evaluation,
				hostingOffer(i.path("hostingOffer"), where));
	}

	/** A missing offer means the product's defaults ({@link HostingOffer#defaults()}). */
	private static HostingOffer hostingOffer(JsonNode o, String where) {
		if (!o.isObject()) {
			return HostingOffer.defaults();
		}
		HostingOffer defaults = HostingOffer.defaults();
		List<Format> formats = o.has("formats") ? enumList(Format.class, o, "formats", where + " hostingOffer")
				: defaults.formats();
		List<LocalDate> blackout = new ArrayList<>();
		for (JsonNode d : o.path("blackoutDates")) {
			blackout.add(date(d.asString(), where + " hostingOffer.blackoutDates"));
		}
		BigDecimal fee = o.path("feePerVisitorGbp").isNumber() ? o.path("feePerVisitorGbp").decimalValue()
				: defaults.feePerVisitorGbp();
		return new HostingOffer(formats, o.path("maxGatheringsPerQuarter").asInt(defaults.maxGatheringsPerQuarter()),
				o.path("maxVisitorsPerGathering").asInt(defaults.maxVisitorsPerGathering()), blackout, fee);
	}

	private static EngineRequest request(JsonNode r, Councils councils) {
		String id = required(r, "id", "request");
		String where = "request " + id;
		String seeker = knownCouncil(councils, required(r, "seekerCouncil", where), where + " seekerCouncil");
		JsonNode w = r.path("window");
		DateWindow window = w.isObject()
				? new DateWindow(date(required(w, "from", where + " window"), where + " window.from"),
						date(required(w, "to", where + " window.to"), where + " window.to"))
				: null;
		return new EngineRequest(id, seeker, text(r, "topic", ""), enumList(ServiceArea.class, r, "serviceAreas", where),
				enumList(Format.class, r, "formats", where), window, r.path("maxTravelKm").asInt(0),
				r.path("attendees").asInt(1));
	}

	private static String knownCouncil(Councils councils, String code, String where) {
		if (!councils.contains(code)) {
			UnknownCouncilException unknown = new UnknownCouncilException(code);
			throw new DatasetException(where + ": " + unknown.getMessage()
					+ " (nor in the dataset's \"councils\")", unknown);
		}
		return code;
	}

	private static LocalDate date(String value, String where) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new DatasetException(where + ": '" + value + "' is not a date (YYYY-MM-DD)", ex);
		}
	}

	private static String required(JsonNode node, String field, String where) {
		String value = text(node, field, null);
		if (value == null || value.isBlank()) {
			throw new DatasetException(where + ": missing \"" + field + "\"");
		}
		return value;
	}

	private static String text(JsonNode node, String field, String fallback) {
		JsonNode v = node.path(field);
		return v.isMissingNode() || v.isNull() ? fallback : v.asString();
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		for (JsonNode v : array) {
			out.add(v.asString());
		}
		return out;
	}

	private static <E extends Enum<E>> E optionalEnum(Class<E> type, JsonNode node, String field, String where) {
		String value = text(node, field, null);
		return value == null ? null : parseEnum(type, value, where + " " + field);
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String field, String where) {
		return parseEnum(type, required(node, field, where), where + " " + field);
	}

	private static <E extends Enum<E>> List<E> enumList(Class<E> type, JsonNode node, String field, String where) {
		List<E> out = new ArrayList<>();
		for (JsonNode v : node.path(field)) {
			out.add(parseEnum(type, v.asString(), where + " " + field));
		}
		return out;
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String where) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			Map<String, E> known = new LinkedHashMap<>();
			for (E e : type.getEnumConstants()) {
				known.put(e.name(), e);
			}
			throw new DatasetException(where + ": unknown value '" + value + "' (expected one of " + known.keySet() + ")");
		}
	}
}
