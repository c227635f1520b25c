package org.lantern.learning;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface LearningRequestRepository extends MongoRepository<LearningRequest, String> {

	List<LearningRequest> findBySeekerCouncil(String seekerCouncil);
}
