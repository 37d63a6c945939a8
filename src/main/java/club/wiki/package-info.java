/**
 * Wiki: each group's shared space of pages, written in Markdown with internal links
 * ({@code [[Page name]]}), by its members. The first visit writes its preconfigured pages from
 * the group's record; every save is a revision (author, date, comment), which the history lists,
 * the diff compares and a restore brings back; two people saving from the same revision do not
 * overwrite each other (the second gets a conflict with both texts). Every edit goes to the
 * activity log.
 */
@ApplicationModule(displayName = "Wiki")
@NullMarked
package club.wiki;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
