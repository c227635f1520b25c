package org.lantern.bench.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.shared.events.HostingOffer;
import org.lantern.shared.reference.CouncilType;
import org.lantern.shared.reference.Format;

class DatasetReaderTest {

	@TempDir
	Path dir;

	private File write(String json) throws IOException {
		Path file = dir.resolve("dataset.json");
		Files.writeString(file, json);
		return file.toFile();
	}

	private static final String INNOVATION = """
			{"id": "inn-1", "hostCouncil": "%s", "partnerCouncils": [], "title": "t", "summary": "s",
			 "serviceAreas": ["HOUSING"], "innovationType": "SERVICE_DELIVERY", "stage": "EMBEDDED", "keywords": []%s}
			""";

	@Test
	void shouldExtendTheReferenceCouncilsWithTheDatasetsOwn() throws IOException {
		Dataset dataset = DatasetReader.read(write("""
				{"councils": [{"code": "ORG-X", "name": "X Association", "type": "ASSOCIATION", "region": "London",
				               "lat": 51.5, "lon": -0.1, "population": null}],
				 "innovations": [%s], "requests": []}
				""".formatted(INNOVATION.formatted("ORG-X", ""))));

		assertThat(dataset.councils().get("ORG-X").type()).isEqualTo(CouncilType.ASSOCIATION);
		assertThat(dataset.councils().get("E09000029").name()).isEqualTo("Sutton");
	}

	@Test
	void shouldNameAnUnknownCouncilCode() throws IOException {
		File file = write("""
				{"innovations": [%s], "requests": []}
				""".formatted(INNOVATION.formatted("E99999999", "")));

		assertThatThrownBy(() -> DatasetReader.read(file)).isInstanceOf(DatasetException.class)
			.hasMessageContaining("E99999999")
			.hasMessageContaining("inn-1");
	}

	@Test
	void shouldUseTheProductDefaultsWhenAnInnovationHasNoHostingOffer() throws IOException {
		Dataset dataset = DatasetReader.read(write("""
				{"innovations": [%s]}
				""".formatted(INNOVATION.formatted("E09000029", ""))));

		assertThat(dataset.innovations().get(0).hostingOffer()).isEqualTo(HostingOffer.defaults());
	}

	@Test
	void shouldReadAGivenHostingOffer() throws IOException {
		Dataset dataset = DatasetReader.read(write("""
				{"innovations": [%s]}
				""".formatted(INNOVATION.formatted("E09000029", """
				, "hostingOffer": {"formats": ["HOSTED_VISIT"], "maxGatheringsPerQuarter": 1,
				                   "maxVisitorsPerGathering": 4, "blackoutDates": ["2027-04-14"], "feePerVisitorGbp": 25}"""))));

		HostingOffer offer = dataset.innovations().get(0).hostingOffer();
		assertThat(offer.formats()).containsExactly(Format.HOSTED_VISIT);
		assertThat(offer.maxVisitorsPerGathering()).isEqualTo(4);
		assertThat(offer.blackoutDates()).hasSize(1);
	}

	@Test
	void shouldNameAnUnknownEnumerationValueAndWhereItIs() throws IOException {
		File file = write("""
				{"innovations": [%s]}
				""".formatted(INNOVATION.formatted("E09000029", "").replace("HOUSING", "PARKING")));

		assertThatThrownBy(() -> DatasetReader.read(file)).isInstanceOf(DatasetException.class)
			.hasMessageContaining("PARKING")
			.hasMessageContaining("serviceAreas");
	}

	@Test
	void shouldReadTheDevSetWhenItIsBesideTheProject() {
		File dev = new File("../../../shared/data/lantern-dev.json");
		org.junit.jupiter.api.Assumptions.assumeTrue(dev.isFile(), "dev set not beside the project");

		Dataset dataset = DatasetReader.read(dev);

		assertThat(dataset.innovations()).hasSize(90);
		assertThat(dataset.requests()).hasSize(30);
	}
}
