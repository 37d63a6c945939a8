package club.vitality.simulation;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * What to generate: the seed (same seed, same world), the number of groups and the first group
 * id (ids follow), the observed window, the scale of the volume (it multiplies every group's
 * discussion rate and member turnover; 1.0 gives about 1,000 events per group over 3 years), and
 * the share of faulty groups.
 */
public record SimulationSettings(long seed, int groups, long firstGroupId, Instant start, Period length, double scale,
		double faultyShare) {

	public static final Instant DEFAULT_START = Instant.parse("2023-01-02T00:00:00Z");

	public SimulationSettings {
		if (groups < 1 || scale <= 0 || faultyShare < 0 || faultyShare > 1 || length.isNegative() || length.isZero()) {
			throw new IllegalArgumentException("Invalid simulation settings");
		}
	}

	/** The benchmark's world: 1,000 groups over 3 years, half of them faulty. */
	public static SimulationSettings benchmark(long seed) {
		return new SimulationSettings(seed, 1000, 1, DEFAULT_START, Period.ofYears(3), 1.0, 0.5);
	}

	public SimulationSettings withGroups(int count) {
		return new SimulationSettings(seed, count, firstGroupId, start, length, scale, faultyShare);
	}

	public SimulationSettings withFirstGroupId(long id) {
		return new SimulationSettings(seed, groups, id, start, length, scale, faultyShare);
	}

	public SimulationSettings withScale(double factor) {
		return new SimulationSettings(seed, groups, firstGroupId, start, length, factor, faultyShare);
	}

	public Instant end() {
		return start.atOffset(ZoneOffset.UTC).plus(length).toInstant();
	}
}
