package org.lantern.shared.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CouncilsTest {

	@Test
	void shouldKnowEveryUkAuthorityAndTheBodiesThatHostInnovations() {
		Councils councils = Councils.reference();

		assertThat(councils.all()).hasSize(444 + 3);
		assertThat(councils.get("E06000058").name()).isEqualTo("Bournemouth, Christchurch and Poole");
		assertThat(councils.get("N09000010").name()).isEqualTo("Newry, Mourne and Down");
		assertThat(councils.get("ORG-GM-PROCURE").type()).isEqualTo(CouncilType.ASSOCIATION);
	}

	@Test
	void shouldNameAnUnknownCode() {
		assertThatThrownBy(() -> Councils.reference().get("E99999999")).isInstanceOf(UnknownCouncilException.class)
			.hasMessageContaining("E99999999");
	}

	@Test
	void shouldMeasureGreatCircleDistance() {
		Council sutton = Councils.reference().get("E09000029");
		Council breckland = Councils.reference().get("E07000143");

		assertThat(sutton.distanceKmTo(breckland)).isBetween(130.0, 160.0);
		assertThat(sutton.distanceKmTo(sutton)).isZero();
	}
}
