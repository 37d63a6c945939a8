package club.vitality.simulation;

import java.time.Instant;

/**
 * The ground truth of one faulty group. {@code startsAt} is the first moment the behaviour
 * differs from what the healthy group would have done; {@code missedDate} is, for a stop or a
 * freeze, the first date at which the declared rhythm expected an activity that did not come
 * (the expected meeting, post or edit), and for the discussion faults the fault's start.
 * {@code afterPollWithoutDate} marks the meeting stops that follow a poll closed without a date.
 */
public record InjectedFault(long groupId, FaultType type, Indicator indicator, Instant startsAt, Instant missedDate,
		boolean afterPollWithoutDate) {
}
