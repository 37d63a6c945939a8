package club.vitality;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A nudge about one indicator of one group, climbing its ladder until the indicator is up again:
 * level 1 the first responders, 2 all facilitators and the group's helpers, 3 the helpers' personal
 * contact, 4 to 6 the dormancy reviews at 3, 6 and 12 months. Never closes a group.
 */
public record Nudge(long id, String publicId, long groupId, Indicator indicator, Reason reason, int level, Instant createdAt,
		Instant levelAt, @Nullable Instant last, @Nullable Instant expected, @Nullable Instant closedAt, @Nullable Boolean useful) {

	public static final int FIRST = 1;
	public static final int ALL_FACILITATORS = 2;
	public static final int PERSONAL_CONTACT = 3;
	public static final int DORMANCY_3_MONTHS = 4;
	public static final int LAST = 6;

	public boolean open() {
		return closedAt == null;
	}
}
