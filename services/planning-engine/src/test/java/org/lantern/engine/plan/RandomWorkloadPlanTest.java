package org.lantern.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.shared.reference.Council;
import org.lantern.shared.reference.Councils;
import org.lantern.shared.reference.Format;

/**
 * Zero violations on random workloads: tight windows around bank holidays, blackouts, small caps, every mix of
 * formats, far and near seekers, several innovations per council. The bench's own generated workloads are checked
 * in the bench's tests.
 */
class RandomWorkloadPlanTest {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void everyStrategyProducesPlansWithNoViolations(long seed) {
		Fixtures f = workload(seed, 40, 300);
		for (Strategy strategy : Strategy.values()) {
			Plan plan = f.plan(PlannerOptions.defaults().withStrategy(strategy).withTopK(3).withRelativeScore(0.5));

			assertThat(f.check(plan)).as(strategy + " seed " + seed).isEmpty();
			assertThat(plan.metrics().served() + plan.unserved().size()).isEqualTo(300);
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 11, 12 })
	void lanternNeedsFewerHostDaysThanOneVisitPerRequest(long seed) {
		Fixtures f = workload(seed, 30, 400);
		Plan lantern = f.plan();
		Plan naive = f.plan(PlannerOptions.defaults().withStrategy(Strategy.NAIVE));

		assertThat(lantern.metrics().served()).isGreaterThanOrEqualTo(naive.metrics().served());
		assertThat(lantern.metrics().hostDays()).isLessThan(naive.metrics().hostDays());
	}

	static Fixtures workload(long seed, int innovations, int requests) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Council> england = Councils.reference()
			.all()
			.stream()
			.filter(c -> "England".equals(c.nation()) && c.type().tier().equals("single tier"))
			.toList();
		Fixtures f = new Fixtures();
		Format[] all = Format.values();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < innovations; i++) {
			// Few hosts, so councils often carry several innovations with different caps.
			Council host = england.get(random.nextInt(Math.min(15, england.size())));
			List<Format> formats = new ArrayList<>();
			for (Format format : all) {
				if (random.nextDouble() < 0.6) {
					formats.add(format);
				}
			}
			if (formats.isEmpty()) {
				formats.add(Format.OPEN_DAY);
			}
			List<LocalDate> blackout = new ArrayList<>();
			for (int b = 0; b < 5; b++) {
				blackout.add(LocalDate.of(2027, 3, 1).plusDays(random.nextInt(120)));
			}
			String id = "inn-" + i;
			ids.add(id);
			f.innovation(id, host.code(), Fixtures.offer(1 + random.nextInt(3), 6 + random.nextInt(15), blackout,
					formats.toArray(Format[]::new)));
		}
		for (int r = 0; r < requests; r++) {
			Council seeker = england.get(random.nextInt(england.size()));
			List<Format> formats = new ArrayList<>();
			for (Format format : all) {
				if (random.nextDouble() < 0.45) {
					formats.add(format);
				}
			}
			if (formats.isEmpty()) {
				formats.add(Format.HOSTED_VISIT);
			}
			// Windows from a few days (often over Easter 2027) to four months.
			LocalDate from = LocalDate.of(2027, 3, 20).plusDays(random.nextInt(90));
			LocalDate to = from.plusDays(random.nextInt(4) == 0 ? random.nextInt(6) : random.nextInt(120));
			String[] wanted = new String[random.nextInt(4)];
			for (int k = 0; k < wanted.length; k++) {
				// Skewed: low-numbered innovations are wanted far more often.
				wanted[k] = ids.get((int) (ids.size() * Math.pow(random.nextDouble(), 2.5)));
			}
			f.request("r" + r, seeker.code(), from.toString(), to.toString(), 30 + random.nextInt(371),
					1 + random.nextInt(4), formats, java.util.Arrays.stream(wanted).distinct().toArray(String[]::new));
		}
		return f;
	}
}
