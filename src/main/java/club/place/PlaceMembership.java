package club.place;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A person's membership of a place under a plan. Stored as pending (its entry request is in
 * progress), active or cancelled; whether an active one is expiring or expired follows from its
 * end date and today ({@link #state(LocalDate)}).
 */
public record PlaceMembership(long id, long placeId, long planId, @Nullable Long accountId, Stored stored,
		@Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {

	/**
	 * How long before its end a membership shows as expiring, and its member is reminded: 30
	 * days, or a quarter of a shorter membership (a week for a month).
	 */
	public static final int EXPIRING_DAYS = 30;

	public enum Stored {
		PENDING, ACTIVE, CANCELLED
	}

	public enum State {
		PENDING, ACTIVE, EXPIRING, EXPIRED, CANCELLED
	}

	public State state(LocalDate today) {
		return switch (stored) {
			case PENDING -> State.PENDING;
			case CANCELLED -> State.CANCELLED;
			case ACTIVE -> endsOn == null ? State.ACTIVE
					: endsOn.isBefore(today) ? State.EXPIRED
					: endsOn.isBefore(today.plusDays(expiringDays())) ? State.EXPIRING : State.ACTIVE;
		};
	}

	private long expiringDays() {
		long length = startsOn == null || endsOn == null ? EXPIRING_DAYS * 4L : java.time.temporal.ChronoUnit.DAYS.between(startsOn, endsOn);
		return Math.min(EXPIRING_DAYS, length / 4);
	}

	/** Active or expiring: the person is a member today. */
	public boolean current(LocalDate today) {
		State state = state(today);
		return state == State.ACTIVE || state == State.EXPIRING;
	}
}
