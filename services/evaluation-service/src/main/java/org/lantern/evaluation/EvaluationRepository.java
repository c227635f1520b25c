package org.lantern.evaluation;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface EvaluationRepository extends MongoRepository<Evaluation, String> {

	List<Evaluation> findByInnovationIdOrderByRecordedAtDesc(String innovationId);
}
