package org.lantern.gathering.gatherings;

import org.lantern.platform.consumer.IdempotentConsumer;
import org.lantern.shared.events.GatheringProposalWithdrawn;
import org.lantern.shared.events.GatheringProposed;
import org.lantern.shared.events.GatheringSeekersAdded;
import org.lantern.shared.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Takes the planner's proposals, the seekers it adds later and the proposals it drops; its own events pass. */
@Component
class ProposalListener {

	private final IdempotentConsumer consumer;

	private final GatheringService service;

	ProposalListener(IdempotentConsumer consumer, GatheringService service) {
		this.consumer = consumer;
		this.service = service;
	}

	@KafkaListener(topics = Topics.GATHERINGS)
	void on(String value) {
		consumer.consume(value, event -> {
			if (event instanceof GatheringProposed proposal) {
				service.propose(proposal);
			}
			else if (event instanceof GatheringSeekersAdded added) {
				service.addSeekers(added);
			}
			else if (event instanceof GatheringProposalWithdrawn withdrawn) {
				service.withdrawProposal(withdrawn);
			}
		});
	}
}
