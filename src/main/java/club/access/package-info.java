/**
 * Who may do what: the registry of group members and of the roles held in groups and
 * ecosystems, and the one authorization service every page and API call asks.
 */
@ApplicationModule(displayName = "Access")
@NullMarked
package club.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
