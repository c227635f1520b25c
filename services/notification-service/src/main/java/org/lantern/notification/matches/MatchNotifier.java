package org.lantern.notification.matches;

import java.util.HashMap;
import java.util.Map;

import org.lantern.notification.mail.MailProperties;
import org.lantern.notification.mail.MailQueue;
import org.lantern.notification.mail.MailTemplates;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.LanternEvent;
import org.lantern.shared.events.MatchProposed;
import org.lantern.shared.events.RequestUnmatched;
import org.lantern.shared.events.UnmatchedReason;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.Councils;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Tells both sides of the best proposed match what was matched and why, and tells a seeker when nothing was good enough.
 */
@Component
class MatchNotifier {

	private final MailTemplates templates;

	private final MailQueue queue;

	private final MailProperties properties;

	private final MongoTemplate mongo;

	MatchNotifier(MailTemplates templates, MailQueue queue, MailProperties properties, MongoTemplate mongo) {
		this.templates = templates;
		this.queue = queue;
		this.properties = properties;
		this.mongo = mongo;
	}

	void notify(LanternEvent event) {
		// Only the best proposal is mailed: the alternatives are for the planner, and a host should not hear of a
		// learner who will most likely visit someone else.
		if (event instanceof MatchProposed match) {
			mongo.remove(Query.query(Criteria.where("_id").is(match.requestId())), UnservedRequest.class);
		}
		else if (event instanceof RequestUnmatched unmatched) {
			remember(unmatched);
		}
		if (event instanceof MatchProposed match && match.rank() == 1) {
			Map<String, Object> model = model("match", match);
			mail(match.eventId(), "seeker", match.requestId(), match.seekerContact(), "match-proposed-seeker", model);
			mail(match.eventId(), "host", match.requestId(), match.hostContact(), "match-proposed-host", model);
		}
		else if (event instanceof RequestUnmatched unmatched) {
			mail(unmatched.eventId(), "seeker", unmatched.requestId(), unmatched.seekerContact(),
					"request-unmatched-seeker", model("unmatched", unmatched));
		}
	}

	/** Requests still unserved, and why, for the regional bodies' weekly digest. */
	private void remember(RequestUnmatched unmatched) {
		if (unmatched.reason() == UnmatchedReason.WITHDRAWN) {
			mongo.remove(Query.query(Criteria.where("_id").is(unmatched.requestId())), UnservedRequest.class);
			return;
		}
		Council seeker = Councils.reference().find(unmatched.seekerCouncil()).orElse(null);
		mongo.save(new UnservedRequest(unmatched.requestId(), unmatched.seekerCouncil(),
				seeker == null ? unmatched.seekerCouncil() : seeker.name(), seeker == null ? null : seeker.region(),
				unmatched.reason(), unmatched.explanation(), unmatched.occurredAt()));
	}

	private Map<String, Object> model(String name, Object event) {
		Map<String, Object> model = new HashMap<>();
		model.put(name, event);
		model.put("portalUrl", properties.portalUrl());
		return model;
	}

	private void mail(String eventId, String role, String requestId, Contact to, String template,
			Map<String, Object> model) {
		if (to == null || to.email() == null) {
			return;
		}
		Map<String, Object> withRecipient = new HashMap<>(model);
		withRecipient.put("recipient", to);
		queue.enqueue(eventId, role, requestId, to, templates.render(template, withRecipient));
	}
}
