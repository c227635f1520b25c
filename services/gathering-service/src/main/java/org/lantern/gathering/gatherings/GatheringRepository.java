package org.lantern.gathering.gatherings;

import org.springframework.data.mongodb.repository.MongoRepository;

interface GatheringRepository extends MongoRepository<Gathering, String> {
}
