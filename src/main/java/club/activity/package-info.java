/**
 * The activity log: an append-only record of what happens in each group (meetings scheduled,
 * held or cancelled, polls, news, members joining and leaving), indexed by group and time, for
 * the vitality indicators.
 */
@ApplicationModule(displayName = "Activity")
@NullMarked
package club.activity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
