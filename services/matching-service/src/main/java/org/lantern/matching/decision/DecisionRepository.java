package org.lantern.matching.decision;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface DecisionRepository extends MongoRepository<RequestDecision, String> {

	List<RequestDecision> findByStatus(DecisionStatus status);
}
