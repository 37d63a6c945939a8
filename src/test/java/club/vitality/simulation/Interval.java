package club.vitality.simulation;

import java.time.Duration;
import java.time.Instant;

/** From (included) until (excluded). */
public record Interval(Instant from, Instant until) {

	public boolean contains(Instant at) {
		return !at.isBefore(from) && at.isBefore(until);
	}

	public Duration length() {
		return Duration.between(from, until);
	}
}
