package org.lantern.matching.catalogue;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface LearnedNeedRepository extends MongoRepository<LearnedNeed, String> {
}
