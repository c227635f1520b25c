package org.lantern.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class VocabularyTest {

	private final TextAnalysis analysis = new TextAnalysis();

	private TextPipeline pipeline(String concepts, String generic) throws IOException {
		return new TextPipeline(analysis,
				Vocabulary.parse(new StringReader(concepts), new StringReader(generic), analysis));
	}

	@Test
	void shouldMatchAPhraseWithAFewWordsBetweenItsWords() throws IOException {
		TextPipeline pipeline = pipeline("slow_claims = claims take months\n", "");

		assertThat(pipeline.query("New claims are taking us months").concepts()).containsKey("slow_claims");
		assertThat(pipeline.query("Claims for parking permits are rare and we take care over the months").concepts())
			.doesNotContainKey("slow_claims");
	}

	@Test
	void shouldMatchProblemAndSolutionWordingToTheSameConceptAfterStemming() throws IOException {
		TextPipeline pipeline = pipeline("telecare = telecare | assistive technology | sensors in the home\n", "");

		assertThat(pipeline.query("Assistive technologies for frail residents").concepts()).containsKey("telecare");
		assertThat(pipeline.query("Sensor in the homes of people who fall").concepts()).containsKey("telecare");
	}

	@Test
	void shouldIgnoreAPhraseThatCollapsesToOneCommonWord() throws IOException {
		// "in house" analyses to "hous": it would tag every text about houses.
		TextPipeline pipeline = pipeline("insourcing = insourcing | in house\n", "");

		assertThat(pipeline.query("Houses in multiple occupation").concepts()).isEmpty();
	}

	@Test
	void shouldLeaveGenericRequestWordsOutOfTheContentTerms() throws IOException {
		TextPipeline pipeline = pipeline("", "we want learn how other councils\n");

		assertThat(pipeline.query("We want to learn how other councils license landlords").contentTerms())
			.containsOnlyKeys("licens", "landlord");
	}

	@Test
	void shouldRejectARelationToAnUnknownConcept() {
		assertThatThrownBy(() -> pipeline("a = alpha\na ~ b\n", ""))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'b'");
	}

	@Test
	void shouldLoadTheShippedVocabularyWithRelationsBothWays() {
		Vocabulary vocabulary = Vocabulary.standard(analysis);

		assertThat(vocabulary.conceptCount()).isGreaterThan(100);
		assertThat(vocabulary.relatedTo("benefit_claims")).contains("revenues_benefits");
		assertThat(vocabulary.relatedTo("revenues_benefits")).contains("benefit_claims");
	}

	@Test
	void shouldLinkCouncilTaxToRevenuesAndTelecareToAssistiveTechnologyInTheShippedVocabulary() {
		TextPipeline pipeline = TextPipeline.standard();

		assertThat(pipeline.query("council tax").concepts().keySet())
			.containsAnyElementsOf(pipeline.query("revenues").concepts().keySet());
		assertThat(pipeline.query("telecare").concepts().keySet())
			.containsAnyElementsOf(pipeline.query("assistive technology").concepts().keySet());
	}
}
