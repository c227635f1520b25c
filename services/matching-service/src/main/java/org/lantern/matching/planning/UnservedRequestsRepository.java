package org.lantern.matching.planning;

import org.springframework.data.mongodb.repository.MongoRepository;

interface UnservedRequestsRepository extends MongoRepository<UnservedRequests, String> {
}
