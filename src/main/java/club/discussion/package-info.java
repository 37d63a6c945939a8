/**
 * Discussion: where a group talks between its meetings. Threads of Markdown messages with quotes
 * and @mentions, read and written by the group's members, followed by mail, moderated by the
 * group's moderators (hide, lock, pin, move, reports), every moderation action logged. Every
 * message posted goes to the activity log.
 */
@ApplicationModule(displayName = "Discussion")
@NullMarked
package club.discussion;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
