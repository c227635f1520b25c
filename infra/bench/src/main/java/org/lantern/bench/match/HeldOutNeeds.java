package org.lantern.bench.match;

import java.io.File;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.lantern.bench.dataset.Dataset;
import org.lantern.bench.dataset.Judgments;
import org.lantern.engine.match.AnsweredNeeds;
import org.lantern.engine.match.Matcher;

/**
 * The answered needs a measurement may use: the shipped ones less those of the requests it is measured on, and of
 * any request set named with {@code --hold-out} (comma-separated files). A generated workload reuses a set's needs in
 * new requests, so planning one honestly means holding out the set it came from.
 */
public final class HeldOutNeeds {

	private HeldOutNeeds() {
	}

	/** @param alsoHeldOut request ids held out besides those of the named sets (the measured dataset's own) */
	public static AnsweredNeeds remembered(String holdOutOption, Set<String> alsoHeldOut) {
		Set<String> requestIds = new HashSet<>(alsoHeldOut);
		if (holdOutOption != null) {
			Arrays.stream(holdOutOption.split(",")).map(String::strip).filter(s -> !s.isEmpty())
				.forEach(f -> requestIds.addAll(Judgments.read(new File(f)).keySet()));
		}
		return AnsweredNeeds.standard().withoutRequests(requestIds);
	}

	/** The dataset's matcher as the bench measures it: these answered needs, weights from system properties. */
	static Matcher matcher(Dataset dataset, AnsweredNeeds remembered) {
		return new Matcher(dataset.councils(), dataset.innovations(), WeightsConfig.fromSystemProperties(), code -> 1.0,
				remembered);
	}

	public static String describe(AnsweredNeeds remembered) {
		return String.format("answered needs remembered: %d (%d held out)", remembered.size(),
				AnsweredNeeds.standard().size() - remembered.size());
	}
}
