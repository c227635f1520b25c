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

	@Version
	private Long version;

	private List<PlannedGathering> gatherings = new ArrayList<>();

	private List<ThemeAsk> themes = new ArrayList<>();

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
