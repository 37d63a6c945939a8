package club.vitality.simulation;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a group declared and what the generator drew for it: its creation, time zone, declared
 * rhythms per indicator (meetings always; news, tracking board and shared space when declared;
 * the meeting rhythm may change once), declared quiet periods (summer break, Christmas
 * holidays, one interval per year) and pauses, its size and its mean discussion rate.
 */
public record GroupFacts(long groupId, Instant createdAt, ZoneId zone, Map<Indicator, List<RhythmChange>> rhythms,
		List<Interval> quietPeriods, List<Interval> pauses, int members, double messagesPerWeek) {

	/** The declared rhythm of an indicator at that moment, if any. */
	public Optional<RhythmChange> rhythm(Indicator indicator, Instant at) {
		RhythmChange current = null;
		for (RhythmChange change : rhythms.getOrDefault(indicator, List.of())) {
			if (!change.from().isAfter(at) || current == null) {
				current = change;
			}
		}
		return Optional.ofNullable(current);
	}

	public Optional<Period> period(Indicator indicator, Instant at) {
		return rhythm(indicator, at).map(RhythmChange::every);
	}

	public boolean inQuietPeriod(Instant at) {
		return quietPeriods.stream().anyMatch(quiet -> quiet.contains(at));
	}

	public boolean inPause(Instant at) {
		return pauses.stream().anyMatch(pause -> pause.contains(at));
	}

	/** Inside a declared quiet period or pause: no nudge is welcome. */
	public boolean declaredOff(Instant at) {
		return inQuietPeriod(at) || inPause(at);
	}

	/** When the group is observed: from its creation, or from the start for older groups. */
	public Instant activeFrom(Instant start) {
		return createdAt.isAfter(start) ? createdAt : start;
	}
}
