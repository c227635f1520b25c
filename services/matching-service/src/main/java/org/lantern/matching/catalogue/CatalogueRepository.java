package org.lantern.matching.catalogue;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface CatalogueRepository extends MongoRepository<CatalogueEntry, String> {
}
