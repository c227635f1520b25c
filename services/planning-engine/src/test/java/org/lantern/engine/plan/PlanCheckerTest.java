package org.lantern.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.engine.plan.Fixtures.CROYDON;
import static org.lantern.engine.plan.Fixtures.KINGSTON;
import static org.lantern.engine.plan.Fixtures.MANCHESTER;
import static org.lantern.engine.plan.Fixtures.MERTON;
import static org.lantern.engine.plan.Fixtures.SUTTON;
import static org.lantern.engine.plan.Fixtures.offer;
import static org.lantern.shared.reference.Format.NETWORK_MEETING;
import static org.lantern.shared.reference.Format.OPEN_DAY;
import static org.lantern.shared.reference.Format.VIRTUAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.lantern.shared.reference.Councils;

/** Each rule, broken on purpose in an otherwise valid plan, must be caught, and only that rule. */
class PlanCheckerTest {

	private final Fixtures f = new Fixtures()
		.innovation("inn-a", SUTTON, offer(1, 5, List.of(LocalDate.of(2027, 3, 12)), OPEN_DAY, VIRTUAL))
		.innovation("inn-m", MERTON, offer(2, 12, OPEN_DAY, NETWORK_MEETING))
		.request("r1", KINGSTON, "2027-03-01", "2027-03-31", 50, 2, List.of(OPEN_DAY), "inn-a")
		.request("r2", CROYDON, "2027-03-01", "2027-03-31", 50, 2, List.of(OPEN_DAY, VIRTUAL), "inn-a")
		.request("far", MANCHESTER, "2027-03-01", "2027-03-31", 50, 2, List.of(OPEN_DAY), "inn-a");

	private static Attendee attendee(String request, String seeker, int people, String... innovations) {
		return new Attendee(request, seeker, List.of(innovations), people, 0.8, null);
	}

	private static Gathering openDay(String id, LocalDate date, List<Attendee> attendees) {
		return new Gathering(id, GatheringKind.OPEN_DAY, date, SUTTON, List.of(SUTTON), List.of("inn-a"), "London",
				attendees, false);
	}

	private Plan valid() {
		Gathering g = openDay("g-1", LocalDate.of(2027, 3, 10),
				List.of(attendee("r1", KINGSTON, 2, "inn-a"), attendee("r2", CROYDON, 2, "inn-a")));
		return withMetrics(List.of(g), List.of(new Unserved("far", Unserved.NO_REACHABLE_HOST, "")));
	}

	private Plan withMetrics(List<Gathering> gatherings, List<Unserved> unserved) {
		return new Plan(gatherings, unserved, PlanMetrics.of(gatherings, 3, 3, 1, Councils.reference()));
	}

	private List<String> rulesBrokenBy(UnaryOperator<Gathering> change) {
		Plan plan = valid();
		List<Gathering> gatherings = new ArrayList<>(plan.gatherings());
		gatherings.set(0, change.apply(gatherings.get(0)));
		return f.check(withMetrics(gatherings, plan.unserved())).stream().map(Violation::rule).distinct().toList();
	}

	private static Gathering on(Gathering g, LocalDate date) {
		return new Gathering(g.id(), g.kind(), date, g.venueCouncil(), g.hosts(), g.innovations(), g.region(),
				g.attendees(), false);
	}

	@Test
	void acceptsAValidPlan() {
		assertThat(f.check(valid())).isEmpty();
	}

	@Test
	void catchesAWeekend() {
		assertThat(rulesBrokenBy(g -> on(g, LocalDate.of(2027, 3, 13)))).containsExactly("WEEKDAY");
	}

	@Test
	void catchesABankHoliday() {
		// Good Friday 2027.
		assertThat(rulesBrokenBy(g -> on(g, LocalDate.of(2027, 3, 26)))).containsExactly("BANK_HOLIDAY");
	}

	@Test
	void catchesAHostBlackoutDate() {
		assertThat(rulesBrokenBy(g -> on(g, LocalDate.of(2027, 3, 12)))).containsExactly("BLACKOUT");
	}

	@Test
	void catchesADateOutsideASeekersWindow() {
		assertThat(rulesBrokenBy(g -> on(g, LocalDate.of(2027, 2, 26)))).containsExactly("WINDOW");
	}

	@Test
	void catchesTooManyPeople() {
		assertThat(rulesBrokenBy(g -> g.withAttendees(
				List.of(attendee("r1", KINGSTON, 2, "inn-a"), attendee("r2", CROYDON, 2, "inn-a"),
						attendee("far", MANCHESTER, 2, "inn-a")))))
			.contains("CAPACITY");
	}

	@Test
	void catchesASeekerSentBeyondItsTravelLimit() {
		assertThat(rulesBrokenBy(g -> g.withAttendees(List.of(attendee("far", MANCHESTER, 2, "inn-a")))))
			.contains("TRAVEL");
	}

	@Test
	void catchesAKindTheSeekerDidNotAccept() {
		assertThat(rulesBrokenBy(g -> new Gathering(g.id(), GatheringKind.VIRTUAL_SESSION, g.date(), null, g.hosts(),
				g.innovations(), g.region(), g.attendees(), false)))
			.containsExactly("FORMAT_NOT_ACCEPTED");
	}

	@Test
	void catchesAKindTheHostDoesNotOffer() {
		assertThat(rulesBrokenBy(g -> new Gathering(g.id(), GatheringKind.HOSTED_VISIT, g.date(), SUTTON, g.hosts(),
				g.innovations(), g.region(), List.of(attendee("r1", KINGSTON, 2, "inn-a")), false)))
			.contains("FORMAT_NOT_OFFERED");
	}

	@Test
	void catchesAVenueThatIsNotAHost() {
		assertThat(rulesBrokenBy(g -> new Gathering(g.id(), g.kind(), g.date(), MERTON, g.hosts(), g.innovations(),
				g.region(), g.attendees(), false)))
			.contains("VENUE");
	}

	@Test
	void catchesAnAttendeeInnovationTheGatheringDoesNotPresent() {
		assertThat(rulesBrokenBy(g -> g.withAttendees(
				List.of(attendee("r1", KINGSTON, 2, "inn-m"), attendee("r2", CROYDON, 2, "inn-a")))))
			.containsExactly("ATTENDEE_INNOVATIONS");
	}

	@Test
	void catchesAnInnovationNoHostOfTheGatheringHosts() {
		assertThat(rulesBrokenBy(g -> new Gathering(g.id(), g.kind(), g.date(), g.venueCouncil(), g.hosts(),
				List.of("inn-a", "inn-m"), g.region(), g.attendees(), false)))
			.contains("INNOVATION");
	}

	@Test
	void catchesANetworkMeetingWithOneHost() {
		assertThat(rulesBrokenBy(g -> new Gathering(g.id(), GatheringKind.NETWORK_MEETING, g.date(), g.venueCouncil(),
				g.hosts(), g.innovations(), g.region(), g.attendees(), false)))
			.contains("KIND_SHAPE");
	}

	@Test
	void catchesARequestPlacedTwice() {
		Plan plan = valid();
		Gathering second = openDay("g-2", LocalDate.of(2027, 5, 10), List.of(attendee("r1", KINGSTON, 2, "inn-a")));
		List<Gathering> gatherings = List.of(plan.gatherings().get(0), second);
		List<String> rules = f.check(withMetrics(gatherings, plan.unserved())).stream().map(Violation::rule).toList();

		assertThat(rules).contains("REQUEST_TWICE").doesNotContain("QUARTER_CAP");
	}

	@Test
	void catchesAHostOverItsQuarterlyCapAcrossItsInnovations() {
		Plan plan = valid();
		Gathering second = openDay("g-2", LocalDate.of(2027, 3, 17), List.of(attendee("far", MANCHESTER, 2, "inn-a")));
		List<String> rules = f.check(withMetrics(List.of(plan.gatherings().get(0), second), List.of()))
			.stream()
			.map(Violation::rule)
			.toList();

		assertThat(rules).contains("QUARTER_CAP");
	}

	@Test
	void catchesARequestNeitherServedNorListedUnserved() {
		Plan plan = valid();
		assertThat(f.check(withMetrics(plan.gatherings(), List.of()))).extracting(Violation::rule)
			.containsExactly("UNSERVED");
	}

	@Test
	void catchesMetricsThatDoNotMatchThePlan() {
		Plan plan = valid();
		PlanMetrics m = plan.metrics();
		PlanMetrics wrong = new PlanMetrics(m.requests(), m.served(), m.gatherings(), m.hostDays() + 1,
				m.naiveHostDays(), m.maxGatheringsPerHostQuarter(), 1, 3, 1, 1, 0, 0, java.util.Map.of());
		assertThat(f.check(new Plan(plan.gatherings(), plan.unserved(), wrong))).extracting(Violation::rule)
			.containsExactly("METRICS");
	}
}
