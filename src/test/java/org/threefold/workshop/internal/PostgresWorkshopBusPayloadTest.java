package org.threefold.workshop.internal;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.threefold.shared.WorkshopId;
import org.threefold.workshop.LiveWorkshopBus.WorkshopChange;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresWorkshopBusPayloadTest {

	@Test
	void aChangeIsTheWorkshopAndVersionJoinedByAColon() {
		WorkshopChange change = new WorkshopChange(new WorkshopId(42), 17);
		assertThat(PostgresWorkshopBus.encode(change)).isEqualTo("42:17");
		assertThat(PostgresWorkshopBus.decode("42:17")).contains(change);
	}

	@Test
	void theLargestNumbersSurviveTheRoundTrip() {
		WorkshopChange change = new WorkshopChange(new WorkshopId(Long.MAX_VALUE), Long.MAX_VALUE);
		assertThat(PostgresWorkshopBus.decode(PostgresWorkshopBus.encode(change))).contains(change);
	}

	@Test
	void anythingElseIsRefused() {
		for (String payload : new String[] { null, "", "42", "42:", ":17", "42:17:3", " 42:17", "42:17 ", "42 :17",
				"+42:17", "-42:17", "42:-17", "0:17", "42:0", "042:17", "42:017", "4a:17", "42;17", "42:1.5", "９:1",
				"9223372036854775808:1", "1:9223372036854775808", "99999999999999999999:1" }) {
			assertThat(PostgresWorkshopBus.decode(payload)).as("payload %s", payload).isEqualTo(Optional.empty());
		}
	}

}
