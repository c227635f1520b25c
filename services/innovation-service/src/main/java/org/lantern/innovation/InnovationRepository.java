package org.lantern.innovation;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface InnovationRepository extends MongoRepository<Innovation, String> {

	List<Innovation> findByDetailsHostCouncil(String hostCouncil);
}
