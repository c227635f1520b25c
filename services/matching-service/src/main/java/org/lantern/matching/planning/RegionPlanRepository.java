package org.lantern.matching.planning;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RegionPlanRepository extends MongoRepository<RegionPlan, String> {

	Optional<RegionPlan> findByGatheringsId(String gatheringId);

	Optional<RegionPlan> findByThemesId(String themeRequestId);

	Optional<RegionPlan> findBySupersededId(String gatheringId);
}
