/**
 * Ecosystems: all the groups sharing a keyword, with a public page, an embeddable page for
 * other sites (iframe), a script widget, and their charter.
 */
@ApplicationModule(displayName = "Ecosystems")
@NullMarked
package club.ecosystem;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
