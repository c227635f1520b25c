package org.lantern.evaluation;

import org.springframework.data.mongodb.repository.MongoRepository;

interface KnownInnovationRepository extends MongoRepository<KnownInnovation, String> {
}
