package org.lantern.engine.match;

import org.lantern.engine.model.EngineEvaluation;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.CouncilType;
import org.lantern.shared.reference.LessonsVisibility;
import org.lantern.shared.reference.Stage;
import org.lantern.shared.reference.Transferability;

/** How the host's experience carries over to the seeker: evidence, transferability, likeness and who may see lessons. */
final class CouncilFit {

	private CouncilFit() {
	}

	/** Outcome and evidence level (Nesta's 1..5) blended with how established the innovation is. */
	static double evidence(EngineEvaluation evaluation, Stage stage) {
		double outcome;
		if (evaluation == null || evaluation.outcome() == null) {
			outcome = 0.35;
		}
		else {
			int level = evaluation.evidenceLevel();
			outcome = switch (evaluation.outcome()) {
				case SUCCESS -> 0.55 + 0.09 * level;
				case PARTIAL -> 0.40 + 0.07 * level;
				case FAILED -> 0.30 + 0.08 * level;
			};
		}
		double established = stage == null ? 0.5 : switch (stage) {
			case EMBEDDED -> 1.0;
			case SCALING -> 0.8;
			case PROTOTYPING -> 0.5;
			case GENERATING -> 0.3;
		};
		return Math.min(1, 0.65 * outcome + 0.35 * established);
	}

	/** Whether the evaluation says the learning transfers to a council like the seeker; unknown is middling. */
	static double transferability(EngineEvaluation evaluation, Council host, Council seeker) {
		if (evaluation == null || evaluation.transferability() == null) {
			return 0.6;
		}
		Transferability t = evaluation.transferability();
		return switch (t) {
			case PUBLIC_BODIES -> 1.0;
			case ALL_AUTHORITIES -> isOther(seeker.type()) ? 0.7 : 1.0;
			case SIMILAR_AUTHORITIES -> seeker.type() == host.type() ? 1.0
					: seeker.type().tier().equals(host.type().tier()) ? 0.8 : 0.3;
		};
	}

	/** Type and tier, population and region, weighted 0.5 / 0.3 / 0.2. */
	static double similarity(Council host, Council seeker) {
		return 0.5 * typeLikeness(host.type(), seeker.type()) + 0.3 * populationLikeness(host, seeker)
				+ 0.2 * regionLikeness(host, seeker);
	}

	static double typeLikeness(CouncilType host, CouncilType seeker) {
		if (host == seeker) {
			return 1.0;
		}
		if (isOther(host)) {
			// An association or community body usually works on behalf of councils of every kind.
			return 0.5;
		}
		if (host.tier().equals(seeker.tier())) {
			return 0.75;
		}
		boolean twoTier = (host == CouncilType.DISTRICT && seeker == CouncilType.COUNTY)
				|| (host == CouncilType.COUNTY && seeker == CouncilType.DISTRICT);
		return twoTier ? 0.4 : 0.25;
	}

	static double populationLikeness(Council host, Council seeker) {
		if (host.population() == null || seeker.population() == null || host.population() <= 0
				|| seeker.population() <= 0) {
			return 0.5;
		}
		double ratio = Math.min(host.population(), seeker.population())
				/ (double) Math.max(host.population(), seeker.population());
		return Math.sqrt(ratio);
	}

	static double regionLikeness(Council host, Council seeker) {
		if (host.region() != null && host.region().equals(seeker.region())) {
			return 1.0;
		}
		return host.nation() != null && host.nation().equals(seeker.nation()) ? 0.5 : 0.2;
	}

	/** The owner's choice of who may see a failed innovation's lessons (the Audit Commission's "safe space"). */
	static boolean lessonsVisibleTo(EngineEvaluation evaluation, Council host, Council seeker) {
		LessonsVisibility visibility = evaluation.effectiveVisibility();
		return switch (visibility) {
			case ALL_COUNCILS -> true;
			case SIMILAR_COUNCILS -> seeker.type() == host.type();
			case SAME_REGION -> host.region() != null && host.region().equals(seeker.region());
			case OWNER_ONLY -> false;
		};
	}

	static boolean isOther(CouncilType type) {
		return "other".equals(type.tier());
	}
}
