package org.lantern.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the demo data through the services' REST APIs, once: the 90 real innovations shipped in lantern-shared
 * ({@code lantern/demo-innovations.json}), the evaluations that come with 22 of them, and the learning requests of
 * {@code demo/learning-requests.json}. Each part leaves a marker in {@code data/demo/} when done, so a restart does
 * not load it again; a part whose service is not running is left for the next {@code ./lantern up}.
 */
final class DemoData {

	static final String INNOVATIONS = "/lantern/demo-innovations.json";

	static final String LEARNING_REQUESTS = "/demo/learning-requests.json";

	static final String THEME_REQUESTS = "/demo/theme-requests.json";

	private static final Map<String, String> COUNCILS = CouncilCodes.load();

	private static final int MAX_TITLE = 200;

	private static final int MAX_SUMMARY = 4000;

	private static final int MAX_KEYWORDS = 30;

	private static final int MAX_KEYWORD = 80;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final Path markers;

	private final PrintStream out;

	private final Duration evaluationPatience;

	DemoData(Path markers, PrintStream out, Duration evaluationPatience) {
		this.markers = markers;
		this.out = out;
		this.evaluationPatience = evaluationPatience;
	}

	/**
	 * @param running the names of the services that are up and healthy
	 */
	void load(Map<String, ServiceSpec> services, Predicate<String> running) throws IOException, InterruptedException {
		JsonNode innovations = Json.resource(INNOVATIONS);
		if (done("innovations") && done("evaluations") && done("learning-requests") && done("theme-requests")) {
			out.println("  already loaded (delete data/demo/ to load it again; existing ids are kept)");
			return;
		}
		if (running.test("innovation-service")) {
			loadOnce("innovations", () -> loadInnovations(services.get("innovation-service"), innovations));
		}
		else if (!done("innovations")) {
			out.println("  demo innovations: waiting for innovation-service (not running)");
		}
		if (running.test("evaluation-service") && done("innovations")) {
			List<String> registered = Files.readAllLines(marker("innovations"));
			loadOnce("evaluations", () -> loadEvaluations(services.get("evaluation-service"), innovations, registered));
		}
		else if (!done("evaluations")) {
			out.println("  demo evaluations: waiting for evaluation-service and the demo innovations");
		}
		if (running.test("learning-service")) {
			loadOnce("learning-requests",
					() -> loadLearningRequests(services.get("learning-service"), Json.resource(LEARNING_REQUESTS)));
		}
		else if (!done("learning-requests")) {
			out.println("  demo learning requests: waiting for learning-service (not running)");
		}
		if (running.test("matching-service") && done("innovations")) {
			loadOnce("theme-requests",
					() -> loadThemeRequests(services.get("matching-service"), Json.resource(THEME_REQUESTS)));
		}
		else if (!done("theme-requests")) {
			out.println("  demo theme request: waiting for matching-service and the demo innovations");
		}
	}

	private interface Part {

		List<String> run() throws IOException, InterruptedException;

	}

	/** Runs a part unless its marker exists; writes the marker (with what the part returned) when it did all it could. */
	private void loadOnce(String part, Part loader) throws IOException, InterruptedException {
		if (done(part)) {
			return;
		}
		List<String> result = loader.run();
		if (result != null) {
			Files.createDirectories(markers);
			Files.write(marker(part), result);
		}
	}

	boolean done(String part) {
		return Files.exists(marker(part));
	}

	private Path marker(String part) {
		return markers.resolve(part + ".loaded");
	}

	/** @return ids the service has (created now or before), or null if the part must be tried again */
	private List<String> loadInnovations(ServiceSpec service, JsonNode innovations)
			throws IOException, InterruptedException {
		List<String> registered = new ArrayList<>();
		Map<String, String> rejected = new LinkedHashMap<>();
		int created = 0;
		int failures = 0;
		for (JsonNode innovation : innovations) {
			String id = innovation.path("id").asString();
			HttpResponse<String> response = post(service.baseUrl() + "/api/innovations", innovationBody(innovation));
			switch (response.statusCode()) {
				case 201 -> {
					created++;
					registered.add(id);
				}
				case 409 -> registered.add(id);
				case 400, 422 -> rejected.put(id, reason(response));
				default -> {
					failures++;
					out.println("  ! innovation " + id + ": HTTP " + response.statusCode() + " " + reason(response));
				}
			}
		}
		out.printf("  demo innovations: %d registered, %d already there, %d rejected%n", created,
				registered.size() - created, rejected.size());
		rejected.forEach((id, why) -> out.println("    - " + id + ": " + why));
		return failures == 0 ? registered : null;
	}

	private List<String> loadEvaluations(ServiceSpec service, JsonNode innovations, List<String> registered)
			throws IOException, InterruptedException {
		int created = 0;
		int already = 0;
		int failures = 0;
		long deadline = System.nanoTime() + evaluationPatience.toNanos();
		for (JsonNode innovation : innovations) {
			JsonNode evaluation = innovation.path("evaluation");
			String id = innovation.path("id").asString();
			if (!evaluation.isObject() || !registered.contains(id)) {
				continue;
			}
			String body = evaluationBody(id, evaluation);
			long pause = 250;
			while (true) {
				HttpResponse<String> response = post(service.baseUrl() + "/api/evaluations", body);
				int status = response.statusCode();
				if (status == 201 || status == 200) {
					created++;
					break;
				}
				if (status == 409) {
					already++;
					break;
				}
				// 422/404: the evaluation service has not yet heard of the innovation (it learns from Kafka).
				boolean notYet = status == 422 || status == 404 || status == 503 || status == 0;
				if (!notYet || System.nanoTime() > deadline) {
					failures++;
					out.println("  ! evaluation of " + id + ": HTTP " + status + " " + reason(response));
					break;
				}
				Thread.sleep(pause); // back-off against an asynchronous projection, not a test
				pause = Math.min(pause * 2, 2000);
			}
		}
		out.printf("  demo evaluations: %d recorded, %d already there%s%n", created, already,
				failures == 0 ? "" : ", " + failures + " failed (will retry on the next ./lantern up)");
		return failures == 0 ? List.of() : null;
	}

	private List<String> loadLearningRequests(ServiceSpec service, JsonNode requests)
			throws IOException, InterruptedException {
		int created = 0;
		int already = 0;
		int failures = 0;
		for (JsonNode request : requests) {
			HttpResponse<String> response = post(service.baseUrl() + "/api/learning-requests", Json.write(request));
			switch (response.statusCode()) {
				case 200, 201 -> created++;
				case 409 -> already++;
				default -> {
					failures++;
					out.println("  ! learning request " + request.path("id").asString() + ": HTTP "
							+ response.statusCode() + " " + reason(response));
				}
			}
		}
		out.printf("  demo learning requests: %d submitted, %d already there%s%n", created, already,
				failures == 0 ? "" : ", " + failures + " failed");
		return failures == 0 ? List.of() : null;
	}

	/** A regional body's ask for a themed network meeting; the matching-service plans it with the region. */
	private List<String> loadThemeRequests(ServiceSpec service, JsonNode asks) throws InterruptedException {
		List<String> ids = new ArrayList<>();
		for (JsonNode ask : asks) {
			HttpResponse<String> response = post(service.baseUrl() + "/api/plan/theme-requests", Json.write(ask));
			if (response.statusCode() != 201) {
				out.println("  ! theme request: HTTP " + response.statusCode() + " " + reason(response));
				return null;
			}
			ids.add(Json.MAPPER.readTree(response.body()).path("id").asString());
		}
		out.printf("  demo theme request: %d asked (see /api/plan/theme-requests/%s on the matching-service)%n",
				ids.size(), ids.isEmpty() ? "<id>" : ids.get(0));
		return ids;
	}

	/** The innovation-service registration body for one innovation of the shipped dataset. */
	static String innovationBody(JsonNode source) {
		ObjectNode body = Json.MAPPER.createObjectNode();
		String id = source.path("id").asString();
		body.put("id", id);
		body.put("hostCouncil", source.path("hostCouncil").asString());
		ArrayNode partners = body.putArray("partnerCouncils");
		source.path("partnerCouncils").forEach(p -> partners.add(p.asString()));
		body.put("title", truncate(source.path("title").asString(), MAX_TITLE));
		body.put("summary", truncate(source.path("summary").asString(), MAX_SUMMARY));
		ArrayNode areas = body.putArray("serviceAreas");
		source.path("serviceAreas").forEach(a -> areas.add(a.asString()));
		body.put("innovationType", source.path("innovationType").asString());
		body.put("stage", source.path("stage").asString());
		ArrayNode keywords = body.putArray("keywords");
		for (JsonNode keyword : source.path("keywords")) {
			if (keywords.size() < MAX_KEYWORDS && !keyword.asString().isBlank()) {
				keywords.add(truncate(keyword.asString(), MAX_KEYWORD));
			}
		}
		if (source.path("hostingOffer").isObject()) {
			body.set("hostingOffer", source.get("hostingOffer"));
		}
		ObjectNode contact = body.putObject("contact");
		String hostCode = source.path("hostCouncil").asString();
		String host = COUNCILS.getOrDefault(hostCode, source.path("hostCouncilName").asString(hostCode));
		contact.put("name", truncate("Innovation lead, " + host + " (demo)", 120));
		contact.put("email", contactEmail(id));
		return Json.write(body);
	}

	/** Obviously fake addresses: mail to them is caught by GreenMail and never leaves the machine. */
	static String contactEmail(String innovationId) {
		return "lead." + innovationId + "@councils.lantern.test";
	}

	/** The evaluation-service body for the evaluation that comes with an innovation of the shipped dataset. */
	static String evaluationBody(String innovationId, JsonNode source) {
		ObjectNode body = Json.MAPPER.createObjectNode();
		body.put("innovationId", innovationId);
		body.put("outcome", source.path("outcome").asString());
		body.put("evidenceLevel", source.path("evidenceLevel").asInt());
		body.put("transferability", source.path("transferability").asString());
		body.put("metrics", source.path("metrics").isString() ? source.path("metrics").asString() : null);
		body.putNull("costs");
		body.putNull("benefits");
		body.putNull("lessonsLearned");
		body.put("lessonsVisibility", "ALL_COUNCILS");
		body.put("evaluatedBy", evaluator(source.path("source").asString("")));
		return Json.write(body);
	}

	/**
	 * Who evaluated it: the published report named in the source note, e.g. {@code 000_x.txt (Audit Commission,
	 * 'Seeing the light', May 2007), ch.3} gives {@code Audit Commission, 'Seeing the light', May 2007}.
	 */
	static String evaluator(String sourceNote) {
		int open = sourceNote.indexOf('(');
		if (open >= 0) {
			int depth = 0;
			for (int i = open; i < sourceNote.length(); i++) {
				char c = sourceNote.charAt(i);
				if (c == '(') {
					depth++;
				}
				else if (c == ')' && --depth == 0) {
					String report = sourceNote.substring(open + 1, i).strip();
					if (!report.isEmpty()) {
						return truncate(report + " (via Lantern demo data)", 120);
					}
					break;
				}
			}
		}
		return "Lantern demo data";
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
	}

	private static String reason(HttpResponse<String> response) {
		String body = response.body();
		if (body == null || body.isBlank()) {
			return "";
		}
		try {
			JsonNode problem = Json.MAPPER.readTree(body);
			String detail = problem.path("detail").asString("");
			JsonNode errors = problem.path("errors");
			if (detail.isBlank() && (errors.isArray() || errors.isObject())) {
				detail = Json.write(errors);
			}
			return detail.isBlank() ? truncate(body, 300) : truncate(detail.strip(), 300);
		}
		catch (RuntimeException ex) {
			return truncate(body, 300);
		}
	}

	/** POSTs JSON; a connection failure comes back as status 0 so callers can treat it like "not yet". */
	private HttpResponse<String> post(String url, String json) throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			return new FailedResponse(request, ex);
		}
	}

	private record FailedResponse(HttpRequest request, IOException failure) implements HttpResponse<String> {

		@Override
		public int statusCode() {
			return 0;
		}

		@Override
		public HttpRequest request() {
			return request;
		}

		@Override
		public java.util.Optional<HttpResponse<String>> previousResponse() {
			return java.util.Optional.empty();
		}

		@Override
		public java.net.http.HttpHeaders headers() {
			return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
		}

		@Override
		public String body() {
			return "no answer: " + failure;
		}

		@Override
		public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
			return java.util.Optional.empty();
		}

		@Override
		public URI uri() {
			return request.uri();
		}

		@Override
		public HttpClient.Version version() {
			return HttpClient.Version.HTTP_1_1;
		}
	}
}
