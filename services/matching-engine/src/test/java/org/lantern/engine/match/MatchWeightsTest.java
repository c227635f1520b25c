package org.lantern.engine.match;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatchWeightsTest {

	@Test
	void shouldRejectAThresholdOutsideZeroToOne() {
		MatchWeights d = MatchWeights.defaults();
		assertThatThrownBy(() -> new MatchWeights(1.5, d.relativeCutoff(), d.coverageShare(), d.serviceAreaShare(),
				d.contextShare(), d.evidence(), d.transferability(), d.similarity(), d.distance(), d.capacity(),
				d.lessonsOnlyFactor(), d.titleBoost(), d.keywordsBoost(), d.summaryBoost(), d.evaluationBoost(),
				d.conceptBoost(), d.relatedConceptCredit(), d.distanceScaleKm(), d.otherInPersonFormatFactor(),
				d.conceptShare(), d.informativeWords(), d.answeredNeedMin()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("minRelevance");
	}
}
