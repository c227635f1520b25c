package org.lantern.matching.planning;

import java.util.ArrayList;
import java.util.List;

import org.lantern.platform.outbox.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The gatherings planned in one region, saved with the gathering-proposed events of its latest re-plan in one
 * write. A region is the unit of re-planning, so this document is the unit of atomicity.
 */
@Document("region_plans")
public class RegionPlan {

	@Id
	private String region;

	private static final int SUPERSEDED_KEPT = 200;

	@Version
	private Long version;

	private List<PlannedGathering> gatherings = new ArrayList<>();

	private List<ThemeAsk> themes = new ArrayList<>();

	/** Proposals re-plans replaced or withdrew, newest last: a host's confirmation may still be on its way. */
	private List<PlannedGathering> superseded = new ArrayList<>();

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected RegionPlan() {
	}

	RegionPlan(String region) {
		this.region = region;
	}

	public String getRegion() {
		return region;
	}

	public List<PlannedGathering> getGatherings() {
		return gatherings;
	}

	void setGatherings(List<PlannedGathering> gatherings) {
		this.gatherings = new ArrayList<>(gatherings);
	}

	/** Keeps the last {@value #SUPERSEDED_KEPT} replaced proposals, enough for answers in flight. */
	void supersede(List<PlannedGathering> dropped) {
		superseded.addAll(dropped);
		if (superseded.size() > SUPERSEDED_KEPT) {
			superseded = new ArrayList<>(superseded.subList(superseded.size() - SUPERSEDED_KEPT, superseded.size()));
		}
	}

	/** A replaced proposal its host confirmed after all: back in the plan, confirmed. */
	void readopt(String gatheringId) {
		superseded.stream().filter(g -> g.id().equals(gatheringId)).findFirst().ifPresent(g -> {
			superseded.remove(g);
			gatherings.add(g.asConfirmed());
		});
	}

	public List<PlannedGathering> getSuperseded() {
		return superseded;
	}

	/** Network meetings regional bodies asked for here, with what became of each. */
	public List<ThemeAsk> getThemes() {
		return themes;
	}

	void setThemes(List<ThemeAsk> themes) {
		this.themes = new ArrayList<>(themes);
	}

	void publish(OutboxEntry entry) {
		outbox.add(entry);
	}

	public List<OutboxEntry> getOutbox() {
		return outbox;
	}
}
