package org.lantern.engine.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lantern.engine.model.EngineEvaluation;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.CouncilType;
import org.lantern.shared.reference.Format;

/** The sentences a council officer reads beside a proposal: what was done, with what result, and why it fits them. */
final class Explanations {

	private static final int QUOTED_WORDS = 16;

	private Explanations() {
	}

	static List<String> of(EngineInnovation innovation, Council host, Council seeker, double km, Reach.Meeting meeting,
			double capacity, boolean lessonsOnly, List<String> matchedOn, AnsweredNeeds.Need answered) {
		List<String> out = new ArrayList<>();
		EngineEvaluation evaluation = innovation.evaluation();
		String what = host.name() + ": " + innovation.title();
		if (evaluation != null && !evaluation.metrics().isBlank()) {
			out.add(what + " (" + firstClause(evaluation.metrics()) + ")");
		}
		else {
			out.add(what);
		}
		if (lessonsOnly) {
			String lessons = evaluation.lessonsLearned().isBlank() ? "" : ": " + evaluation.lessonsLearned().strip();
			out.add("It did not work as hoped, so it is offered for its lessons" + lessons);
		}
		if (!matchedOn.isEmpty()) {
			out.add("Speaks to your need on " + String.join(", ", matchedOn));
		}
		if (answered != null) {
			out.add(answeredNeed(answered));
		}
		out.add(evidenceSentence(innovation, evaluation));
		out.add(likeness(host, seeker));
		if (meeting.format() == Format.VIRTUAL) {
			out.add(Math.round(km) + " km away; can be shared in a virtual session");
		}
		else if (meeting.elsewhere() != null) {
			Reach.Venue venue = meeting.elsewhere();
			out.add(Math.round(km) + " km away, beyond your travel limit, but it can present at a network meeting of the "
					+ host.region() + " region nearer you (" + venue.council().name() + " is " + Math.round(venue.km())
					+ " km away)");
		}
		else if (meeting.asked()) {
			out.add(Math.round(km) + " km away");
		}
		else {
			out.add(Math.round(km) + " km away; the host offers " + formatName(meeting.format())
					+ " rather than the format you asked for");
		}
		if (capacity < 0.5) {
			out.add("The host has little hosting capacity left this quarter");
		}
		return out;
	}

	/** The remembered request, shortened: officers recognise their own problem in another council's words. */
	static String answeredNeed(AnsweredNeeds.Need need) {
		String[] words = need.text().split("\\s+");
		String quote = words.length <= QUOTED_WORDS ? need.text()
				: String.join(" ", Arrays.copyOf(words, QUOTED_WORDS)) + " …";
		return "Answered a need like yours for another council: \"" + quote + "\"";
	}

	private static String formatName(Format format) {
		return switch (format) {
			case HOSTED_VISIT -> "hosted visits";
			case OPEN_DAY -> "open days";
			case NETWORK_MEETING -> "network meetings";
			case VIRTUAL -> "virtual sessions";
		};
	}

	private static String evidenceSentence(EngineInnovation innovation, EngineEvaluation evaluation) {
		String stage = innovation.stage() == null ? "" : innovation.stage().name().toLowerCase();
		if (evaluation == null || evaluation.outcome() == null) {
			return "Not yet evaluated" + (stage.isEmpty() ? "" : "; at the " + stage + " stage");
		}
		String outcome = switch (evaluation.outcome()) {
			case SUCCESS -> "Evaluated as a success";
			case PARTIAL -> "Evaluated as a partial success";
			case FAILED -> "Evaluated as not working";
		};
		return outcome + ", evidence level " + evaluation.evidenceLevel() + " (" + evidenceName(evaluation.evidenceLevel())
				+ ")";
	}

	private static String evidenceName(int level) {
		return switch (level) {
			case 1 -> "described";
			case 2 -> "data on change";
			case 3 -> "comparison suggesting causality";
			case 4 -> "independently replicated";
			case 5 -> "proven at scale";
			default -> "not graded";
		};
	}

	static String likeness(Council host, Council seeker) {
		if (host.type() == seeker.type()) {
			return kind(host.type()) + " like yours";
		}
		if (host.type().tier().equals(seeker.type().tier()) && !CouncilFit.isOther(host.type())) {
			return "a " + host.type().tier() + " council like yours (" + bare(host.type()) + ")";
		}
		return kind(host.type()) + "; you are " + kind(seeker.type());
	}

	private static String kind(CouncilType type) {
		return switch (type) {
			case DISTRICT -> "a district";
			case UNITARY -> "a unitary council";
			case METROPOLITAN_BOROUGH -> "a metropolitan borough";
			case LONDON_BOROUGH -> "a London borough";
			case COUNTY -> "a county council";
			case COMBINED_AUTHORITY -> "a combined authority";
			case STRATEGIC_AUTHORITY -> "a strategic authority";
			case SCOTTISH_UNITARY -> "a Scottish council";
			case WELSH_UNITARY -> "a Welsh council";
			case NI_DISTRICT -> "a Northern Irish district";
			case FIRE_AUTHORITY -> "a fire and rescue authority";
			case ASSOCIATION -> "an association of councils";
			case COMMUNITY_ORGANISATION -> "a community organisation";
		};
	}

	private static String bare(CouncilType type) {
		String k = kind(type);
		return k.startsWith("an ") ? k.substring(3) : k.substring(2);
	}

	private static String firstClause(String metrics) {
		String m = metrics.strip();
		int cut = m.indexOf(';');
		return cut > 0 ? m.substring(0, cut).strip() : m;
	}
}
