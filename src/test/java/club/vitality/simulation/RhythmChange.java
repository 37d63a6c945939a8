package club.vitality.simulation;

import java.time.Instant;
import java.time.Period;

/** From this instant on, the group declares one activity every {@code every}. */
public record RhythmChange(Instant from, Period every) {

	/** The period in days, months counted as 30.44 days. */
	public double approximateDays() {
		return every.toTotalMonths() * 30.44 + every.getDays();
	}
}
