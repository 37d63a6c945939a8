/**
 * The group directory (the coop-group database of seed 001): group records with their
 * keywords, partners, place and service links, the directory search, group pages, and the
 * history of every change.
 */
@ApplicationModule(displayName = "Directory")
@NullMarked
package club.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
