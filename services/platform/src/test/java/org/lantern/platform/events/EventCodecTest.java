package org.lantern.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lantern.shared.events.Contact;
import org.lantern.shared.events.DateWindow;
import org.lantern.shared.events.LearningRequestSubmitted;
import org.lantern.shared.reference.Format;
import org.lantern.shared.reference.ServiceArea;

class EventCodecTest {

	private final EventCodec codec = new EventCodec("/lantern/test");

	private final LearningRequestSubmitted request = new LearningRequestSubmitted("evt-00000001",
			Instant.parse("2026-11-23T10:15:30Z"), "req-1", "E07000171", "East Midlands",
			"Benefit claims take months to process", List.of(ServiceArea.REVENUES_BENEFITS),
			List.of(Format.OPEN_DAY), new DateWindow(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 5, 31)), 150, 2,
			new Contact("Sam Officer", "sam@bassetlaw.example"));

	@Test
	void shouldReadBackWhatItWrites() {
		String json = codec.encode(request);

		assertThat(json).contains("\"specversion\":\"1.0\"", "\"type\":\"org.lantern.learning-request.v1\"",
				"\"source\":\"/lantern/test\"", "\"subject\":\"req-1\"");
		assertThat(codec.decode(json)).isEqualTo(request);
	}

	@Test
	void shouldRejectDataThatBreaksItsSchemaNamingTheField() {
		String json = codec.encode(request).replace("\"attendees\":2", "\"attendees\":0");

		assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("attendees");
	}

	@Test
	void shouldRejectUnknownEventTypes() {
		String json = codec.encode(request).replace("org.lantern.learning-request.v1", "org.lantern.nonsense.v1");

		assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("type");
	}

	@Test
	void shouldAcceptEveryEventTypeInTheEnvelope() throws Exception {
		String envelope;
		try (var in = EventCodec.class.getResourceAsStream("/lantern/schemas/envelope.v1.schema.json")) {
			envelope = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		for (org.lantern.shared.events.EventType type : org.lantern.shared.events.EventType.values()) {
			assertThat(envelope).as("envelope type enumeration").contains("\"" + type.ceType() + "\"");
		}
	}

	@Test
	void shouldRejectRecordsThatAreNotJson() {
		assertThatThrownBy(() -> codec.decode("{not json")).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("Not JSON");
	}

	@Test
	void shouldIgnoreFieldsAddedWithinAVersion() {
		String json = codec.encode(request).replace("\"attendees\":2", "\"attendees\":2,\"futureField\":\"x\"");

		assertThat(codec.decode(json)).isEqualTo(request);
	}
}
