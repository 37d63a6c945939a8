/**
 * Meetings: a group's meetings in its time zone, in person and/or online, with answers (yes,
 * maybe, no), a capacity and its waiting list, and what became of each (held or cancelled).
 * Every meeting scheduled, held or cancelled goes to the activity log.
 */
@ApplicationModule(displayName = "Meetings")
@NullMarked
package club.meeting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
