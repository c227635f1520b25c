package org.lantern.matching.catalogue;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.lantern.engine.match.AnsweredNeeds;
import org.lantern.engine.match.MatchWeights;
import org.lantern.engine.match.Matcher;
import org.lantern.engine.model.EngineEvaluation;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.matching.MatchingProperties;
import org.lantern.shared.events.EvaluationCompleted;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.events.InnovationDetails;
import org.lantern.shared.reference.Councils;

import org.springframework.stereotype.Component;

/**
 * The innovations Lantern can propose, and the matcher built over them. The matcher (a Lucene index) is rebuilt
 * lazily after the catalogue changes, not on every change, so a burst of registrations costs one rebuild.
 */
@Component
public class Catalogue {

	private final CatalogueRepository entries;

	private final LearnedNeedRepository learnedNeeds;

	private final MatchWeights weights;

	private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

	private final AtomicLong version = new AtomicLong();

	public Catalogue(CatalogueRepository entries, LearnedNeedRepository learnedNeeds, MatchingProperties properties) {
		this.entries = entries;
		this.learnedNeeds = learnedNeeds;
		this.weights = properties.matchWeights();
	}

	/**
	 * The matcher and the entries it was built from, so that a decision ranks and describes innovations from one
	 * version of the catalogue, and describes them without a trip to the database for each.
	 * @param version the {@link #version()} the entries were read at, or before
	 * @param entries the matchable entries by innovation id
	 */
	public record Snapshot(long version, Matcher matcher, Map<String, CatalogueEntry> entries,
			List<EngineInnovation> innovations) {

		public CatalogueEntry entry(String innovationId) {
			CatalogueEntry entry = entries.get(innovationId);
			if (entry == null) {
				throw new IllegalStateException("Innovation " + innovationId + " is not in catalogue version " + version);
			}
			return entry;
		}
	}

	public Optional<CatalogueEntry> find(String innovationId) {
		return entries.findById(innovationId);
	}

	public void save(CatalogueEntry entry) {
		entries.save(entry);
		version.incrementAndGet();
	}

	/** Changes with every save: lets a decision made meanwhile notice that the catalogue moved under it. */
	public long version() {
		return version.get();
	}

	CatalogueController.CatalogueStatus status() {
		List<CatalogueEntry> all = entries.findAll();
		return new CatalogueController.CatalogueStatus(all.size(),
				all.stream().filter(CatalogueEntry::matchable).count(),
				all.stream().filter(e -> e.evaluation() != null).count(), learnedNeeds.count());
	}

	/** The current snapshot, built again if the catalogue changed since the last one. */
	public Snapshot snapshot() {
		Snapshot current = snapshot.get();
		long now = version.get();
		if (current != null && current.version() == now) {
			return current;
		}
		// Read the version before the entries: a save during the build leaves the snapshot behind the version, so
		// the next caller builds again rather than keep a matcher that misses it.
		Map<String, CatalogueEntry> byId = new LinkedHashMap<>();
		entries.findAll().stream().filter(CatalogueEntry::matchable).forEach(e -> byId.put(e.id(), e));
		List<EngineInnovation> innovations = byId.values().stream().map(Catalogue::toEngine).toList();
		AnsweredNeeds answered = AnsweredNeeds.standard()
			.with(learnedNeeds.findAll().stream().map(LearnedNeed::toEngine).toList());
		Snapshot built = new Snapshot(now, new Matcher(Councils.reference(), innovations, weights, code -> 1.0, answered),
				Collections.unmodifiableMap(byId), innovations);
		snapshot.accumulateAndGet(built, (a, b) -> a == null || b.version() >= a.version() ? b : a);
		return built;
	}

	/**
	 * Makes an adopter a host of the innovation it adopted: a catalogue entry of its own, so the matcher and the
	 * planner can send learners to it and the load spreads along the diffusion tree. Idempotent by its id.
	 */
	public void addSecondaryHost(String innovationId, String adopterCouncil, Contact contact, Instant at) {
		CatalogueEntry original = entries.findById(innovationId).orElse(null);
		if (original == null || original.details() == null || !Councils.reference().contains(adopterCouncil)) {
			return;
		}
		InnovationDetails d = original.details();
		String adopterName = Councils.reference().get(adopterCouncil).name();
		String originalHost = Councils.reference().find(d.hostCouncil()).map(c -> c.name()).orElse(d.hostCouncil());
		InnovationDetails adopted = new InnovationDetails(adopterCouncil, List.of(), d.title(),
				adopterName + " adopted this from " + originalHost + ". " + d.summary(), d.serviceAreas(),
				d.innovationType(), d.stage(), d.keywords(), HostingOffer.defaults(),
				contact != null ? contact : d.contact());
		save(new CatalogueEntry(secondaryId(innovationId, adopterCouncil), adopted, original.evaluation(), false, at));
	}

	/**
	 * Remembers a request as a need these innovations answered, after its seeker rated the gathering useful (4 or 5
	 * of 5). The matcher then answers a request told in the same words with the same innovations, and says so.
	 * Idempotent per request and innovation; a better rating later raises the grade.
	 */
	public void rememberAnsweredNeed(String requestId, String topic, List<String> innovationIds, int usefulness,
			Instant at) {
		if (!answersANeed(usefulness) || topic == null || topic.isBlank()) {
			return;
		}
		int grade = usefulness >= 5 ? 3 : 2;
		boolean changed = false;
		for (String innovationId : innovationIds) {
			CatalogueEntry entry = entries.findById(innovationId).orElse(null);
			if (entry == null || entry.details() == null) {
				continue;
			}
			String id = LearnedNeed.idOf(requestId, innovationId);
			if (learnedNeeds.findById(id).map(n -> n.grade() >= grade).orElse(false)) {
				continue;
			}
			learnedNeeds.save(new LearnedNeed(id, innovationId, entry.details().title(), grade, requestId, topic, at));
			changed = true;
		}
		if (changed) {
			version.incrementAndGet();
		}
	}

	/** Whether a seeker's rating (1–5) of a gathering says the innovations shown there answered its need. */
	public static boolean answersANeed(int usefulness) {
		return usefulness >= 4;
	}

	public static String secondaryId(String innovationId, String adopterCouncil) {
		return innovationId + "--" + adopterCouncil.toLowerCase(java.util.Locale.ROOT);
	}

	static EngineInnovation toEngine(CatalogueEntry entry) {
		InnovationDetails d = entry.details();
		EvaluationCompleted e = entry.evaluation();
		EngineEvaluation evaluation = e == null ? null
				: new EngineEvaluation(e.outcome(), e.evidenceLevel(), e.transferability(),
						join(e.metrics(), e.benefits()), e.lessonsLearned(), e.lessonsVisibility());
		return new EngineInnovation(entry.id(), d.hostCouncil(), d.partnerCouncils(), d.title(), d.summary(),
				d.serviceAreas(), d.innovationType(), d.stage(), d.keywords(), evaluation, d.hostingOffer());
	}

	private static String join(String a, String b) {
		if (a == null || a.isBlank()) {
			return b;
		}
		return b == null || b.isBlank() ? a : a + "; " + b;
	}
}
