package org.lantern.matching.planning;

import org.springframework.data.mongodb.repository.MongoRepository;

interface HostUnavailabilityRepository extends MongoRepository<HostUnavailability, String> {
}
