/**
 * Resources of a group's shared space: links, files and notes with a title, a Markdown
 * description, tags, a license and an audience, and the group's productions (seed 004: its
 * original documents), public by default where an ecosystem's charter asks to share them.
 */
@ApplicationModule(displayName = "Resources")
@NullMarked
package club.resource;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
