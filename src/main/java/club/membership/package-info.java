/**
 * Membership: joining and leaving groups through each group's entry process (open, approval,
 * co-optation, application with a motivation interview), invitations, member lists, roles,
 * and a member's own view of their groups.
 */
@ApplicationModule(displayName = "Membership")
@NullMarked
package club.membership;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
