package org.lantern.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The portal's Gatherings tab in a real browser: headless Chromium driven over the DevTools protocol (Java's own
 * WebSocket client, no driver library), against the portal with a stub in place of the services. Skipped where no
 * Chromium is installed ({@code apt-get install chromium}), as the Testcontainers tests are without Docker.
 */
class PortalBrowserTest {

	private static final Optional<Path> CHROMIUM = Optional.ofNullable(System.getenv("CHROMIUM"))
		.map(Path::of)
		.or(() -> List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
			.stream()
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst());

	private static final String GATHERING = """
			[{"id": "g-1", "kind": "OPEN_DAY", "status": "PROPOSED", "region": "London", "date": "2027-03-09",
			  "venueCouncil": "E09000029", "venueCouncilName": "Sutton", "capacity": 12, "placesTaken": 0,
			  "hosts": [{"council": "E09000029", "councilName": "Sutton", "response": "PENDING"}],
			  "innovations": [{"innovationId": "inn-tablets", "title": "Tablets for care assessments"}],
			  "attendees": [{"requestId": "req-1", "seekerCouncil": "E09000021", "seekerCouncilName": "Kingston upon Thames",
			                 "people": 2, "rsvp": "INVITED"}]}]""";

	private static final String PLAN = """
			[{"id": "g-1", "kind": "OPEN_DAY", "date": "2027-03-09", "venueCouncil": "E09000029", "confirmed": false,
			  "attendees": [{"requestId": "req-1", "reasons": ["Speaks to your need on financial assessment"]}]}]""";

	private static final String MATCHES = """
			[{"innovationTitle": "Tablets for care assessments", "hostCouncilName": "Sutton", "score": 0.7,
			  "reasons": ["Speaks to your need on financial assessment"]}]""";

	private static final String UNSERVED = """
			[{"requestId": "req-2", "seekerCouncil": "E09000008", "region": "London", "reason": "NO_CAPACITY",
			  "explanation": "A party of 30 is larger than any host takes (at most 12 visitors)."}]""";

	private final ConcurrentMap<String, String> posted = new ConcurrentHashMap<>();

	private HttpServer services;

	private Portal portal;

	private Process chromium;

	private WebSocket page;

	private final ConcurrentMap<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();

	private final AtomicInteger ids = new AtomicInteger();

	@BeforeEach
	void start(@TempDir Path profile) throws Exception {
		Assumptions.assumeTrue(CHROMIUM.isPresent(), "no Chromium on this machine");
		services = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		services.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			if ("POST".equals(exchange.getRequestMethod())) {
				posted.put(path, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			}
			String body = switch (path) {
				case "/api/gatherings" -> GATHERING;
				case "/api/plan/gatherings" -> PLAN;
				case "/api/plan/unserved" -> UNSERVED;
				case "/api/matches" -> MATCHES;
				default -> path.startsWith("/api/gatherings/") ? GATHERING.substring(1, GATHERING.length() - 1) : "[]";
			};
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		services.start();
		String stub = "http://127.0.0.1:" + services.getAddress().getPort();
		portal = Portal.start("127.0.0.1", 0, Map.of("/api/gatherings", stub, "/api/plan", stub, "/api/innovations", stub,
				"/api/matches", stub, "/api/learning-requests", stub),
				() -> "{\"components\":[]}", () -> "[]");

		chromium = new ProcessBuilder(CHROMIUM.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
			.redirectErrorStream(true)
			.redirectOutput(profile.resolve("chromium.log").toFile())
			.start();
		// Chromium picks a free port and writes it here.
		Path portFile = profile.resolve("DevToolsActivePort");
		await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(portFile) && Files.size(portFile) > 0);
		String debugPort = Files.readAllLines(portFile).get(0).trim();
		HttpClient http = HttpClient.newHttpClient();
		JsonNode targets = Json.MAPPER.readTree(http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + debugPort + "/json")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		String pageSocket = null;
		for (JsonNode target : targets) {
			if ("page".equals(target.path("type").asString())) {
				pageSocket = target.path("webSocketDebuggerUrl").asString();
			}
		}
		page = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Replies()).get(10, TimeUnit.SECONDS);
	}

	@AfterEach
	void stop() throws InterruptedException {
		if (page != null) {
			page.abort();
		}
		if (chromium != null) {
			// Its renderer and helper processes outlive it and keep writing into the profile JUnit is about to delete.
			List<ProcessHandle> tree = new ArrayList<>(chromium.descendants().toList());
			tree.add(chromium.toHandle());
			tree.forEach(ProcessHandle::destroy);
			for (ProcessHandle process : tree) {
				try {
					process.onExit().get(10, TimeUnit.SECONDS);
				}
				catch (ExecutionException | TimeoutException ex) {
					process.destroyForcibly();
				}
			}
		}
		if (portal != null) {
			portal.close();
		}
		if (services != null) {
			services.stop(0);
		}
	}

	@Test
	void showsAProposedGatheringWithItsSeekersReasonsAndLetsTheHostConfirmIt() throws Exception {
		send("Page.navigate", "{\"url\": \"http://127.0.0.1:" + portal.port() + "/#gatherings\"}");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> evaluate("document.querySelectorAll('#gathering-list .card').length").asInt() == 1);

		String card = evaluate("document.querySelector('#gathering-list .card').innerText").asString();
		assertThat(card).contains("Group open day", "Tuesday, 9 March 2027", "Sutton", "Kingston upon Thames",
				"Speaks to your need on financial assessment", "invited once the host confirms");
		assertThat(evaluate("document.getElementById('unserved-list').innerText").asString())
			.contains("A party of 30 is larger than any host takes");

		evaluate("document.querySelector('button[data-answer=confirm]').click()");

		await().atMost(Duration.ofSeconds(10)).until(() -> posted.containsKey("/api/gatherings/g-1/confirm"));
		assertThat(Json.MAPPER.readTree(posted.get("/api/gatherings/g-1/confirm")).path("council").asString())
			.isEqualTo("E09000029");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> evaluate("document.getElementById('gathering-message').innerText").asString(),
					text -> text.startsWith("Confirmed"));
	}

	@Test
	void showsASeekerTheGatheringItsRequestWasPlacedIn() throws Exception {
		send("Page.navigate", "{\"url\": \"http://127.0.0.1:" + portal.port() + "/#requests\"}");
		// The button is in the page before app.js has run and wired it: wait for the script, not the element.
		await().atMost(Duration.ofSeconds(20))
			.until(() -> evaluate("typeof showMatches === 'function' && document.getElementById('show-matches') !== null")
				.asBoolean());

		evaluate("document.getElementById('request-id').value = 'req-1'; document.getElementById('show-matches').click()");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> evaluate("(document.getElementById('placement') || {}).innerText || ''").asString(),
					text -> text.contains("Planned: Group open day at Sutton on Tuesday, 9 March 2027")
							&& text.contains("waiting for its host to confirm"));
		assertThat(evaluate("document.getElementById('matches').innerText").asString())
			.contains("Tablets for care assessments");
	}

	private JsonNode evaluate(String expression) throws Exception {
		JsonNode reply = send("Runtime.evaluate",
				Json.write(Map.of("expression", expression, "returnByValue", true, "awaitPromise", true)));
		return reply.path("result").path("result").path("value");
	}

	private JsonNode send(String method, String params) throws Exception {
		int id = ids.incrementAndGet();
		CompletableFuture<JsonNode> reply = new CompletableFuture<>();
		replies.put(id, reply);
		page.sendText("{\"id\": " + id + ", \"method\": \"" + method + "\", \"params\": " + params + "}", true).join();
		return reply.get(10, TimeUnit.SECONDS);
	}

	/** Collects DevTools messages (which may arrive in parts) and completes the call each answers. */
	private final class Replies implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket socket, CharSequence part, boolean last) {
			text.append(part);
			if (last) {
				JsonNode message = Json.MAPPER.readTree(text.toString());
				text.setLength(0);
				CompletableFuture<JsonNode> reply = replies.remove(message.path("id").asInt(-1));
				if (reply != null) {
					reply.complete(message);
				}
			}
			socket.request(1);
			return null;
		}
	}
}
