package org.lantern.matching.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.lantern.platform.test.InMemoryMongo;
import org.lantern.shared.events.GatheringKind;

import org.springframework.data.mongodb.core.MongoTemplate;

class RegionPlanPersistenceTest {

	@Test
	void shouldKeepARegionsGatheringsThroughSavesAndOutboxRelaying() {
		MongoTemplate mongo = new MongoTemplate(MongoClients.create(InMemoryMongo.uri("region_plan_test")),
				"region_plan_test");
		RegionPlan plan = new RegionPlan("North East");
		plan.setGatherings(List.of(new PlannedGathering("g-1", GatheringKind.OPEN_DAY, LocalDate.of(2027, 3, 9),
				"E08000023", List.of("E08000023"), List.of("inn-telecare"), "North East",
				List.of(new PlannedAttendee("req-1", "E08000024", List.of("inn-telecare"), 2, 0.8, List.of("why"))),
				false, null)));
		plan.publish(new org.lantern.platform.outbox.OutboxEntry("evt-1", "t", "topic", "k", "payload",
				java.time.Instant.now()));
		mongo.save(plan);
		org.springframework.data.mongodb.core.query.Query pending = new org.springframework.data.mongodb.core.query.Query(
				org.springframework.data.mongodb.core.query.Criteria.where("outbox.0").exists(true)).limit(200);
		pending.fields().include("outbox");
		assertThat(mongo.find(pending, org.bson.Document.class, "region_plans")).hasSize(1);
		mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
				org.springframework.data.mongodb.core.query.Criteria.where("_id").is("North East")),
				new org.springframework.data.mongodb.core.query.Update().pull("outbox",
						new org.bson.Document("eventId", "evt-1")), "region_plans");

		assertThat(mongo.findById("North East", RegionPlan.class).getGatherings()).hasSize(1);

		RegionPlan loaded = mongo.findById("North East", RegionPlan.class);
		loaded.setGatherings(List.of(loaded.getGatherings().get(0), new PlannedGathering("g-2", GatheringKind.OPEN_DAY,
				LocalDate.of(2027, 3, 10), "E08000023", List.of("E08000023"), List.of("inn-telecare"), "North East",
				List.of(), false, "theme-1")));
		loaded.publish(new org.lantern.platform.outbox.OutboxEntry("evt-2", "t", "topic", "k", "payload",
				java.time.Instant.now()));
		mongo.save(loaded);
		mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
				org.springframework.data.mongodb.core.query.Criteria.where("_id").is("North East")),
				new org.springframework.data.mongodb.core.query.Update().pull("outbox",
						new org.bson.Document("eventId", "evt-2")), "region_plans");
		assertThat(mongo.findById("North East", RegionPlan.class).getGatherings()).hasSize(2);
	}
}
