/**
 * Projects: a group's open collective projects (carriers, state, needs, followers, dated updates)
 * and its tracking board, one row per open project with its last update, next step, who and due
 * date, which facilitators review each week: « reviewed, nothing new » counts as an update, and
 * « ask for news » mails the carriers a link to update. Updates, reviews and state changes go to
 * the activity log.
 */
@ApplicationModule(displayName = "Projects")
@NullMarked
package club.project;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
