/**
 * Places and clubs (seed 000): tiers-lieux that host groups and live from memberships. A place
 * has its page, its membership plans (each with its price, services and entry rule, run by the
 * membership module's engine), its members' memberships and the payments its operators record.
 */
@ApplicationModule(displayName = "Places")
@NullMarked
package club.place;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
