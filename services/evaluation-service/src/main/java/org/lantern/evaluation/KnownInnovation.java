package org.lantern.evaluation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** This service's view of an innovation: enough to check that an evaluation refers to a real one. */
@Document("known_innovations")
record KnownInnovation(@Id String id, String hostCouncil, String title, boolean withdrawn) {
}
