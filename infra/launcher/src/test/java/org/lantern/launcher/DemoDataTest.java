package org.lantern.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo data the launcher ships and the bodies it makes of it, checked without any service running. */
class DemoDataTest {

	private static final Set<String> SERVICE_AREAS = Set.of("ADULT_SOCIAL_CARE", "CHILDREN_SOCIAL_CARE", "EDUCATION",
			"PUBLIC_HEALTH", "HOUSING", "HIGHWAYS_TRANSPORT", "ENVIRONMENT_WASTE", "PLANNING_REGENERATION",
			"ECONOMIC_DEVELOPMENT", "CULTURE_LEISURE_LIBRARIES", "REVENUES_BENEFITS", "CUSTOMER_SERVICES_DIGITAL",
			"CORPORATE_FINANCE", "WORKFORCE_HR", "DEMOCRACY_GOVERNANCE", "COMMUNITY_SAFETY", "FIRE_RESCUE",
			"PROCUREMENT", "CLIMATE_ENERGY", "COMMUNITY_ENGAGEMENT");

	private static final Set<String> FORMATS = Set.of("HOSTED_VISIT", "OPEN_DAY", "NETWORK_MEETING", "VIRTUAL");

	private final Map<String, String> councils = CouncilCodes.load();

	@Test
	void learningRequestsComeFromRealEnglishCouncilsWithWindowsIn2027() {
		JsonNode requests = Json.resource(DemoData.LEARNING_REQUESTS);
		assertThat(requests.size()).isBetween(5, 8);
		Set<String> ids = new HashSet<>();
		for (JsonNode request : requests) {
			String id = request.get("id").asString();
			assertThat(ids.add(id)).as("unique id %s", id).isTrue();
			assertThat(id).matches("req-demo-\\d\\d");
			String council = request.get("seekerCouncil").asString();
			assertThat(councils).as("council code of %s", id).containsKey(council);
			assertThat(council).as("English council").startsWith("E");
			assertThat(request.get("topic").asString()).hasSizeBetween(80, 4000);
			assertThat(request.get("serviceAreas").valueStream().map(JsonNode::asString).toList())
				.isNotEmpty().allMatch(SERVICE_AREAS::contains);
			assertThat(request.get("formats").valueStream().map(JsonNode::asString).toList())
				.isNotEmpty().allMatch(FORMATS::contains);
			LocalDate from = LocalDate.parse(request.at("/window/from").asString());
			LocalDate to = LocalDate.parse(request.at("/window/to").asString());
			assertThat(from.getYear()).isEqualTo(2027);
			assertThat(to.getYear()).isEqualTo(2027);
			assertThat(to).isAfter(from);
			assertThat(request.get("maxTravelKm").asInt()).isPositive();
			assertThat(request.get("attendees").asInt()).isBetween(1, 10);
			assertThat(request.at("/contact/name").asString()).isNotBlank();
			assertThat(request.at("/contact/email").asString()).endsWith("@councils.lantern.test");
		}
	}

	@Test
	void everyShippedInnovationMakesAValidRegistrationBody() {
		JsonNode innovations = Json.resource(DemoData.INNOVATIONS);
		assertThat(innovations.size()).isEqualTo(90);
		for (JsonNode innovation : innovations) {
			JsonNode body = Json.MAPPER.readTree(DemoData.innovationBody(innovation));
			String id = body.get("id").asString();
			assertThat(id).matches("[a-z0-9][a-z0-9-]{2,79}");
			assertThat(body.get("title").asString()).isNotBlank().hasSizeLessThanOrEqualTo(200);
			assertThat(body.get("summary").asString()).isNotBlank().hasSizeLessThanOrEqualTo(4000);
			assertThat(body.get("keywords").size()).isLessThanOrEqualTo(30);
			body.get("keywords").forEach(k -> assertThat(k.asString()).hasSizeLessThanOrEqualTo(80));
			assertThat(body.get("serviceAreas").valueStream().map(JsonNode::asString).toList()).allMatch(SERVICE_AREAS::contains);
			assertThat(body.at("/contact/email").asString()).isEqualTo("lead." + id + "@councils.lantern.test");
			assertThat(body.has("hostingOffer")).isEqualTo(innovation.has("hostingOffer"));
			body.get("partnerCouncils").forEach(p -> assertThat(councils).containsKey(p.asString()));
		}
	}

	@Test
	void innovationsHostedOutsideTheCouncilListAreKnown() {
		// Hosted by organisations (London Councils, GM Procure, a community trust) that councils.csv does not list:
		// innovation-service rejects them until the reference data knows such hosts; the loader reports them.
		List<String> hosts = Json.resource(DemoData.INNOVATIONS)
			.valueStream()
			.map(i -> i.get("hostCouncil").asString())
			.filter(code -> !councils.containsKey(code))
			.distinct()
			.toList();
		assertThat(hosts).allMatch(code -> code.startsWith("ORG-"));
	}

	@Test
	void evaluationsBecomeEvaluationServiceBodies() {
		JsonNode innovations = Json.resource(DemoData.INNOVATIONS);
		int evaluations = 0;
		for (JsonNode innovation : innovations) {
			if (!innovation.get("evaluation").isObject()) {
				continue;
			}
			evaluations++;
			JsonNode body = Json.MAPPER.readTree(
					DemoData.evaluationBody(innovation.get("id").asString(), innovation.get("evaluation")));
			assertThat(body.get("innovationId").asString()).isEqualTo(innovation.get("id").asString());
			assertThat(body.get("outcome").asString()).isIn("SUCCESS", "PARTIAL", "FAILED");
			assertThat(body.get("evidenceLevel").asInt()).isBetween(1, 5);
			assertThat(body.get("transferability").asString()).isIn("SIMILAR_AUTHORITIES", "ALL_AUTHORITIES", "PUBLIC_BODIES");
			assertThat(body.get("lessonsVisibility").asString()).isEqualTo("ALL_COUNCILS");
			assertThat(body.get("costs").isNull()).isTrue();
			assertThat(body.get("evaluatedBy").asString()).isNotBlank().hasSizeLessThanOrEqualTo(120);
		}
		assertThat(evaluations).isEqualTo(22);
		assertThat(DemoData.evaluator("000_6.txt (Audit Commission, 'Seeing the light', May 2007), ch.3 para 56"))
			.isEqualTo("Audit Commission, 'Seeing the light', May 2007 (via Lantern demo data)");
		assertThat(DemoData.evaluator("notes only")).isEqualTo("Lantern demo data");
	}

	@Test
	void servicesHaveDistinctNamesPortsAndRoutes() {
		List<ServiceSpec> services = ServiceSpec.all();
		assertThat(services).extracting(ServiceSpec::name).doesNotHaveDuplicates()
			.contains("innovation-service", "evaluation-service", "learning-service", "matching-service",
					"gathering-service", "notification-service");
		assertThat(services).extracting(ServiceSpec::port).doesNotHaveDuplicates()
			.doesNotContain(Layout.PORTAL_PORT, Layout.KAFKA_PORT, Layout.MONGO_PORT);
		assertThat(services).flatExtracting(ServiceSpec::apiPrefixes).doesNotHaveDuplicates().allMatch(p -> p.startsWith("/api/"));
		ServiceSpec innovation = services.get(0);
		assertThat(ServiceProcess.environment(innovation)).containsEntry("SERVER_PORT", "8081")
			.containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017/innovation_service")
			.containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
			.containsEntry("MAIL_PORT", "3025")
			.containsEntry("MAIL_USERNAME", "lantern@localhost")
			.containsEntry("MAIL_PASSWORD", "lantern");
	}
}
