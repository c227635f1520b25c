package org.lantern.bench.match;

import java.io.File;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.lantern.bench.Options;
import org.lantern.bench.UsageException;
import org.lantern.bench.dataset.Dataset;
import org.lantern.bench.dataset.DatasetReader;
import org.lantern.engine.match.MatchWeights;
import org.lantern.engine.match.Matcher;
import org.lantern.engine.match.Ranking;
import org.lantern.engine.model.EngineInnovation;
import org.lantern.engine.model.EngineRequest;
import org.lantern.shared.events.DateWindow;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.CouncilType;
import org.lantern.shared.reference.Format;

/**
 * {@code match-speed}: times the engine at scale. Innovations and requests are made by recombining the texts of a
 * template dataset (by default the dev set) over real councils, deterministically for a seed, so the vocabulary and
 * text lengths are realistic. Prints one JSON line; the time includes building the index, on a cold JVM.
 */
public final class MatchSpeedCommand {

	public static final Set<String> OPTIONS = Set.of("innovations", "requests", "seed", "threads", "top", "dataset");

	static final String DEFAULT_TEMPLATES = "../shared/data/lantern-dev.json";

	private static final List<CouncilType> COUNCIL_TYPES = List.of(CouncilType.DISTRICT, CouncilType.UNITARY,
			CouncilType.METROPOLITAN_BOROUGH, CouncilType.LONDON_BOROUGH, CouncilType.COUNTY,
			CouncilType.SCOTTISH_UNITARY, CouncilType.WELSH_UNITARY, CouncilType.NI_DISTRICT);

	private MatchSpeedCommand() {
	}

	public static void run(Options options, PrintStream out) {
		int innovationCount = options.integer("innovations", 2000);
		int requestCount = options.integer("requests", 10000);
		long seed = options.integer("seed", 42);
		int threads = options.integer("threads", RankAll.defaultThreads());
		int top = options.integer("top", 5);
		File templatesFile = new File(options.optional("dataset") == null ? DEFAULT_TEMPLATES : options.optional("dataset"));
		if (!templatesFile.isFile()) {
			throw new UsageException("match-speed: template dataset " + templatesFile
					+ " not found; pass --dataset FILE (e.g. the dev set)");
		}
		Dataset templates = DatasetReader.read(templatesFile);
		if (templates.innovations().isEmpty() || templates.requests().isEmpty()) {
			throw new UsageException("match-speed: the template dataset needs innovations and requests");
		}
		Random random = new Random(seed);
		List<Council> councils = templates.councils().all().stream().filter(c -> COUNCIL_TYPES.contains(c.type())).toList();
		List<EngineInnovation> innovations = innovations(templates, councils, innovationCount, random);
		List<EngineRequest> requests = requests(templates, innovations, councils, requestCount, random);

		long start = System.nanoTime();
		Matcher matcher = new Matcher(templates.councils(), innovations, WeightsConfig.fromSystemProperties());
		long indexed = System.nanoTime();
		List<Ranking> rankings = RankAll.rank(matcher, requests, top, threads);
		long done = System.nanoTime();

		Map<String, Object> line = new LinkedHashMap<>();
		line.put("innovations", innovationCount);
		line.put("requests", requestCount);
		line.put("threads", threads);
		line.put("indexMs", (indexed - start) / 1_000_000);
		line.put("rankMs", (done - indexed) / 1_000_000);
		line.put("totalMs", (done - start) / 1_000_000);
		line.put("requestsPerSecond", Math.round(requestCount / ((done - indexed) / 1e9)));
		line.put("matched", rankings.stream().filter(Ranking::matched).count());
		out.println(MatchCommand.JSON.writer().without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
			.writeValueAsString(line));
	}

	private static List<EngineInnovation> innovations(Dataset templates, List<Council> councils, int count, Random random) {
		List<EngineInnovation> source = templates.innovations();
		List<EngineInnovation> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			EngineInnovation t = source.get(random.nextInt(source.size()));
			EngineInnovation u = source.get(random.nextInt(source.size()));
			List<String> keywords = new ArrayList<>(t.keywords());
			u.keywords().stream().limit(2).forEach(keywords::add);
			List<Format> formats = new ArrayList<>(HostingOffer.defaults().formats());
			if (random.nextInt(3) == 0) {
				formats.add(Format.HOSTED_VISIT);
			}
			HostingOffer offer = random.nextInt(4) == 0 ? null : new HostingOffer(formats, 1 + random.nextInt(3),
					6 + random.nextInt(20), List.of(), java.math.BigDecimal.ZERO);
			out.add(new EngineInnovation("syn-inn-" + i, councils.get(random.nextInt(councils.size())).code(), List.of(),
					t.title(), t.summary() + " " + firstSentence(u.summary()), t.serviceAreas(), t.innovationType(),
					t.stage(), keywords, t.evaluation(), offer));
		}
		return out;
	}

	private static List<EngineRequest> requests(Dataset templates, List<EngineInnovation> innovations,
			List<Council> councils, int count, Random random) {
		List<EngineRequest> source = templates.requests();
		List<Format> allFormats = List.of(Format.values());
		List<EngineRequest> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			EngineRequest t = source.get(random.nextInt(source.size()));
			String topic = random.nextBoolean() ? t.topic()
					: t.topic() + " " + firstSentence(innovations.get(random.nextInt(innovations.size())).summary());
			List<Format> formats = new ArrayList<>();
			for (Format f : allFormats) {
				if (random.nextBoolean()) {
					formats.add(f);
				}
			}
			if (formats.isEmpty()) {
				formats.add(Format.VIRTUAL);
			}
			LocalDate from = LocalDate.of(2027, 1, 4).plusDays(random.nextInt(300));
			out.add(new EngineRequest("syn-req-" + i, councils.get(random.nextInt(councils.size())).code(), topic,
					t.serviceAreas(), formats, new DateWindow(from, from.plusMonths(1 + random.nextInt(6))),
					30 + random.nextInt(371), 1 + random.nextInt(4)));
		}
		return out;
	}

	private static String firstSentence(String text) {
		int dot = text.indexOf(". ");
		return dot > 0 ? text.substring(0, dot + 1) : text;
	}
}
