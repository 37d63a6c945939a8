/**
 * News: a group's information channel. Its news editors and organizers write posts (a title, a
 * Markdown body, a picture), keep them as drafts, schedule them or publish them, for everyone or
 * for the group's members; the group's page, its ecosystems' pages, RSS and Atom feeds and its
 * members' mails (each post, a weekly digest, or none) carry them. Every publication goes to the
 * activity log; a date poll closed on a date is announced here.
 */
@ApplicationModule(displayName = "News")
@NullMarked
package club.news;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
