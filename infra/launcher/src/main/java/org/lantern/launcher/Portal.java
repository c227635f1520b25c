package org.lantern.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The local portal on :8080: a few static files and a reverse proxy from {@code /api/<resource>} to the service
 * that owns it, so the page needs no CORS. Plus two launcher endpoints: {@code /lantern/info} (what runs where) and
 * {@code /lantern/mail} (the mail GreenMail caught), and {@code /lantern/councils} for the request form.
 */
final class Portal implements AutoCloseable {

	private static final Set<String> FORWARDED_REQUEST_HEADERS = Set.of("content-type", "accept", "accept-language",
			"if-match", "if-none-match");

	private static final Set<String> FORWARDED_RESPONSE_HEADERS = Set.of("content-type", "location", "etag",
			"cache-control");

	private static final Map<String, String> CONTENT_TYPES = Map.of("html", "text/html; charset=utf-8", "js",
			"text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "json",
			"application/json");

	private final HttpServer server;

	private final ExecutorService executor;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final Map<String, String> routes;

	private Portal(HttpServer server, ExecutorService executor, Map<String, String> routes) {
		this.server = server;
		this.executor = executor;
		this.routes = routes;
	}

	/**
	 * @param routes path prefix (e.g. {@code /api/innovations}) to base URL of the service
	 * @param info what {@code /lantern/info} answers (JSON)
	 * @param mail what {@code /lantern/mail} answers (JSON), or null when there is no mail server
	 */
	static Portal start(String host, int port, Map<String, String> routes, Supplier<String> info,
			Supplier<String> mail) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
		ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
			Thread t = new Thread(r, "portal");
			t.setDaemon(true);
			return t;
		});
		server.setExecutor(executor);
		Map<String, String> sorted = new LinkedHashMap<>();
		routes.entrySet()
			.stream()
			.sorted((a, b) -> b.getKey().length() - a.getKey().length())
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		Portal portal = new Portal(server, executor, sorted);
		server.createContext("/api/", portal::proxy);
		server.createContext("/lantern/info", exchange -> json(exchange, 200, info.get()));
		server.createContext("/lantern/mail", exchange -> json(exchange, 200, mail == null ? "[]" : mail.get()));
		String councils = councilsJson();
		server.createContext("/lantern/councils", exchange -> json(exchange, 200, councils));
		server.createContext("/", Portal::staticFile);
		server.start();
		return portal;
	}

	int port() {
		return server.getAddress().getPort();
	}

	private static String councilsJson() {
		List<Map<String, String>> list = new ArrayList<>();
		CouncilCodes.load().forEach((code, name) -> list.add(Map.of("code", code, "name", name)));
		return Json.write(list);
	}

	private void proxy(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getRawPath();
			String target = null;
			for (Map.Entry<String, String> route : routes.entrySet()) {
				String prefix = route.getKey();
				if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "?")) {
					target = route.getValue();
					break;
				}
			}
			if (target == null) {
				problem(exchange, 404, "No service for " + path);
				return;
			}
			String query = exchange.getRequestURI().getRawQuery();
			URI uri = URI.create(target + path + (query == null ? "" : "?" + query));
			byte[] body = exchange.getRequestBody().readAllBytes();
			HttpRequest.Builder request = HttpRequest.newBuilder(uri)
				.timeout(Duration.ofSeconds(30))
				.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofByteArray(body));
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (FORWARDED_REQUEST_HEADERS.contains(name.toLowerCase())) {
					values.forEach(v -> request.header(name, v));
				}
			});
			HttpResponse<byte[]> response;
			try {
				response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (ConnectException | HttpTimeoutException ex) {
				problem(exchange, 502, "The service at " + target + " does not answer (is it running? see ./lantern status)");
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				problem(exchange, 503, "Interrupted");
				return;
			}
			response.headers().map().forEach((name, values) -> {
				if (FORWARDED_RESPONSE_HEADERS.contains(name.toLowerCase())) {
					values.forEach(v -> exchange.getResponseHeaders().add(name, v));
				}
			});
			send(exchange, response.statusCode(), response.body());
		}
	}

	private static void staticFile(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/")) {
				path = "/index.html";
			}
			if (path.contains("..") || !"GET".equals(exchange.getRequestMethod())) {
				problem(exchange, 404, "Not found");
				return;
			}
			try (InputStream in = Portal.class.getResourceAsStream("/portal" + path)) {
				if (in == null) {
					problem(exchange, 404, "Not found: " + path);
					return;
				}
				String extension = path.substring(path.lastIndexOf('.') + 1);
				exchange.getResponseHeaders()
					.set("Content-Type", CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"));
				exchange.getResponseHeaders().set("Cache-Control", "no-cache");
				send(exchange, 200, in.readAllBytes());
			}
		}
	}

	private static void json(HttpExchange exchange, int status, String json) throws IOException {
		try (exchange) {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.getResponseHeaders().set("Cache-Control", "no-store");
			send(exchange, status, json.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void problem(HttpExchange exchange, int status, String detail) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
		send(exchange, status, Json.write(Map.of("status", status, "detail", detail)).getBytes(StandardCharsets.UTF_8));
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		boolean noBody = body.length == 0 || status == 204 || status == 304 || "HEAD".equals(exchange.getRequestMethod());
		exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
		if (!noBody) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
