package org.lantern.platform.outbox;

import java.time.Instant;

/**
 * An event waiting to be published, stored inside the document whose change produced it so that both are written
 * in one atomic single-document write.
 *
 * @param payload the CloudEvents JSON envelope, exactly as it will be published
 */
public record OutboxEntry(String eventId, String type, String topic, String key, String payload, Instant createdAt) {
}
