package club.vitality;

import java.time.Instant;

/** A declared quiet period (summer break, holidays): its time does not count, and nobody is nudged during it. */
public record QuietPeriod(Instant start, Instant end, String label) {

	public boolean contains(Instant instant) {
		return !instant.isBefore(start) && instant.isBefore(end);
	}
}
