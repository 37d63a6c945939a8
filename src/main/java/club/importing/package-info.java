/**
 * Imports into the directory: a CSV file or a YesWiki Bazar JSON export (the coop-group
 * database of seed 001), mapped field by field, tried in a dry run with a report per entry,
 * then applied; importing the same source again updates instead of duplicating.
 */
@ApplicationModule(displayName = "Imports")
@NullMarked
package club.importing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
