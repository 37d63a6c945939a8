package club.vitality;

import java.time.Instant;

/** A stored quiet period of a group. */
public record QuietPeriodRow(long id, Instant start, Instant end, String label) {

	QuietPeriod period() {
		return new QuietPeriod(start, end, label);
	}
}
