/**
 * External feeds: for a group whose life is elsewhere, the calendar (iCalendar) and the news
 * feed (RSS or Atom) its record links to are read on a schedule — with a time limit, a size
 * limit and no private addresses — and what they tell (meetings held, scheduled or cancelled,
 * news published) goes to the group's activity log once, where the vitality indicators read it.
 */
@ApplicationModule(displayName = "External feeds")
@NullMarked
package club.externalfeeds;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
