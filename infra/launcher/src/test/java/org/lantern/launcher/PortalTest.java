package org.lantern.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portal forwards /api/... to the owning service and serves its page, with a stub in place of a service. */
class PortalTest {

	private HttpServer stub;

	private Portal portal;

	private final HttpClient client = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws IOException {
		stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		stub.createContext("/", exchange -> {
			String received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			byte[] body = Json.write(Map.of("method", exchange.getRequestMethod(), "uri",
					exchange.getRequestURI().toString(), "body", received)).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.getResponseHeaders().set("Location", "/api/innovations/inn-1");
			exchange.sendResponseHeaders("POST".equals(exchange.getRequestMethod()) ? 201 : 200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		stub.start();
		String base = "http://127.0.0.1:" + stub.getAddress().getPort();
		portal = Portal.start("127.0.0.1", 0, Map.of("/api/innovations", base, "/api/matches", "http://127.0.0.1:1"),
				() -> "{\"components\":[]}", () -> "[]");
	}

	@AfterEach
	void stop() {
		portal.close();
		stub.stop(0);
	}

	@Test
	void forwardsApiCallsWithPathQueryAndBody() throws Exception {
		HttpResponse<String> get = client.send(request("/api/innovations?hostCouncil=E09000029").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.body()).contains("\"uri\":\"/api/innovations?hostCouncil=E09000029\"");

		HttpResponse<String> post = client.send(request("/api/innovations")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"inn-1\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isEqualTo(201);
		assertThat(post.headers().firstValue("Location")).hasValue("/api/innovations/inn-1");
		assertThat(Json.MAPPER.readTree(post.body()).get("body").asString()).isEqualTo("{\"id\":\"inn-1\"}");
	}

	@Test
	void answersBadGatewayWhenTheServiceIsDownAndNotFoundForUnknownApis() throws Exception {
		HttpResponse<String> down = client.send(request("/api/matches?requestId=req-1").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(down.statusCode()).isEqualTo(502);
		assertThat(down.headers().firstValue("Content-Type")).hasValue("application/problem+json");

		HttpResponse<String> unknown = client.send(request("/api/unknown").GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unknown.statusCode()).isEqualTo(404);
	}

	@Test
	void servesThePageAndTheLauncherEndpoints() throws Exception {
		HttpResponse<String> page = client.send(request("/").GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(page.body()).contains("Lantern");
		assertThat(client.send(request("/app.js").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		assertThat(client.send(request("/lantern/councils").GET().build(), HttpResponse.BodyHandlers.ofString()).body())
			.contains("\"code\":\"E09000029\"");
		assertThat(client.send(request("/../pom.xml").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(404);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portal.port() + path));
	}
}
