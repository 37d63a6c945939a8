package club.news;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import club.access.Access;
import club.access.Audience;
import club.access.GroupOperation;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.meeting.MeetingAnnounced;
import club.meeting.Meetings;
import club.platform.ClubProperties;
import club.platform.security.SignedInUser;

/**
 * A group's news channel: writing, scheduling, publishing and reading posts, and the pace at
 * which each member receives them. Every publication — at once, when its time comes, or a
 * meeting's announcement — goes to the activity log and to the members who want each post.
 */
@Service
class News {

	static final int PAGE_SIZE = 20;
	/** Posts are written once for all their readers: announcements are in the platform's language. */
	static final Locale POST_LANGUAGE = Locale.FRENCH;

	/** One page of a list of posts, from 1. */
	record Slice(List<NewsPost> posts, int pageNumber, int pageCount) {

		static int pageCount(long total) {
			return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}
	}

	private final NewsRepository posts;
	private final NewsMails mails;
	private final Access access;
	private final ActivityLog activity;
	private final Meetings meetings;
	private final GroupDirectory directory;
	private final MessageSource messages;
	private final ClubProperties properties;
	private final Clock clock;

	News(NewsRepository posts, NewsMails mails, Access access, ActivityLog activity, Meetings meetings, GroupDirectory directory,
			MessageSource messages, ClubProperties properties, Clock clock) {
		this.posts = posts;
		this.mails = mails;
		this.access = access;
		this.activity = activity;
		this.meetings = meetings;
		this.directory = directory;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	// --- who may do what

	/** The group's news editors and organizers write, schedule, publish, edit and delete its posts. */
	boolean mayPublish(long groupId, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.PUBLISH_NEWS, groupId);
	}

	boolean readsMembersOnly(long groupId, Optional<SignedInUser> user) {
		return access.sees(user, groupId, Audience.MEMBERS);
	}

	/** A published post shows to its audience; a draft or a scheduled post to the group's editors only. */
	boolean maySee(NewsPost post, Optional<SignedInUser> user) {
		if (!post.published()) {
			return mayPublish(post.groupId(), user);
		}
		return post.audience() == Audience.PUBLIC || readsMembersOnly(post.groupId(), user);
	}

	/** Members choose how they receive the group's news. */
	boolean choosesPace(long groupId, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.SEE_MEMBERS_ONLY, groupId);
	}

	// --- reading

	Optional<NewsPost> find(long id) {
		return posts.find(id);
	}

	/** The group's published posts the viewer may read, newest first. */
	Slice channel(Group group, Optional<SignedInUser> viewer, int page) {
		boolean member = readsMembersOnly(group.id(), viewer);
		int pages = Slice.pageCount(posts.countPublished(group.id(), member));
		int number = Math.clamp(page, 1, pages);
		return new Slice(posts.published(group.id(), member, PAGE_SIZE, (number - 1) * PAGE_SIZE), number, pages);
	}

	/** Drafts and scheduled posts, for the group's editors. */
	List<NewsPost> unpublished(Group group) {
		return posts.unpublished(group.id());
	}

	/** The public posts of these groups together (an ecosystem's), newest first. */
	Slice ofGroups(Collection<Long> groupIds, int page) {
		int pages = Slice.pageCount(posts.countPublic(groupIds));
		int number = Math.clamp(page, 1, pages);
		return new Slice(posts.publicPosts(groupIds, PAGE_SIZE, (number - 1) * PAGE_SIZE), number, pages);
	}

	/** The latest public posts of these groups, for feeds. */
	List<NewsPost> latestPublic(Collection<Long> groupIds, int limit) {
		return posts.publicPosts(groupIds, limit, 0);
	}

	Optional<byte[]> image(NewsPost post) {
		return posts.images().image(post.id());
	}

	/** Scheduled times are typed and shown in the group's time zone, as its meetings are. */
	ZoneId zone(Group group) {
		return meetings.zone(group);
	}

	Instant now() {
		return clock.instant();
	}

	// --- writing

	/** Writes a post: kept as a draft, scheduled, or published at once. */
	@Transactional
	NewsPost write(Group group, NewsForm.Checked form, byte @Nullable [] image, SignedInUser by) {
		Instant now = clock.instant();
		NewsPost.State state = switch (form.publication()) {
			case NOW -> NewsPost.State.PUBLISHED;
			case DRAFT -> NewsPost.State.DRAFT;
			case SCHEDULE -> NewsPost.State.SCHEDULED;
		};
		long id = posts.insert(new NewsPost(0, UUID.randomUUID().toString(), group.id(), form.title(), form.body(), form.audience(), state,
				form.publishAt(), state == NewsPost.State.PUBLISHED ? now : null, by.accountId(), null, now, now));
		if (image != null) {
			posts.images().save(id, image, now);
		}
		NewsPost post = posts.find(id).orElseThrow();
		if (post.published()) {
			published(post, group, by.accountId());
		}
		else if (state == NewsPost.State.DRAFT) {
			activity.record(group.id(), ActivityKind.NEWS_DRAFT_SAVED, by.accountId(), id);
		}
		return post;
	}

	/**
	 * Saves an edit: the text, the audience, the picture and, while the post is unpublished, when
	 * it goes out. Empty when the post changed state meanwhile (published by the task, say): the
	 * editor then sees it as it is now rather than undo that.
	 */
	@Transactional
	Optional<NewsPost> revise(NewsPost post, Group group, NewsForm.Checked form, byte @Nullable [] image, boolean removeImage,
			SignedInUser by) {
		Instant now = clock.instant();
		NewsPost.State state = post.published() ? NewsPost.State.PUBLISHED : switch (form.publication()) {
			case NOW, DRAFT -> NewsPost.State.DRAFT;
			case SCHEDULE -> NewsPost.State.SCHEDULED;
		};
		if (!posts.update(post.id(), post.state(), form.title(), form.body(), form.audience(), state, form.publishAt(), now)) {
			return Optional.empty();
		}
		if (image != null) {
			posts.images().save(post.id(), image, now);
		}
		else if (removeImage) {
			posts.images().delete(post.id());
		}
		if (!post.published() && form.publication() == NewsForm.Publication.NOW && posts.publish(post.id(), now)) {
			published(posts.find(post.id()).orElseThrow(), group, by.accountId());
		}
		return posts.find(post.id());
	}

	@Transactional
	void delete(NewsPost post) {
		posts.delete(post.id());
	}

	/**
	 * Publishes the scheduled posts whose time has come (the task "news-publication"), each once
	 * even when several nodes run the task; returns how many.
	 */
	@Transactional
	int publishDue() {
		Instant now = clock.instant();
		int count = 0;
		for (NewsPost due : posts.due(now)) {
			Optional<Group> group = directory.findById(due.groupId());
			if (group.isPresent() && posts.publishDue(due.id(), now)) {
				published(posts.find(due.id()).orElseThrow(), group.get(), due.authorId());
				count++;
			}
		}
		return count;
	}

	/**
	 * A meeting fixed by a date poll is announced in its group's news, in the transaction that
	 * created the meeting: both exist, or neither. Members-only when the meeting is.
	 */
	@EventListener
	@Transactional
	void announce(MeetingAnnounced meeting) {
		Group group = directory.findById(meeting.groupId()).orElseThrow();
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(POST_LANGUAGE).format(meeting.start());
		String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(POST_LANGUAGE).format(meeting.start())
				+ (meeting.start().getZone().equals(properties.timeZone()) ? "" : " (" + meeting.start().getZone().getId() + ")");
		String title = messages.getMessage("news.announcement.title", new Object[] { meeting.title(), date, time }, POST_LANGUAGE);
		int over = title.length() - NewsForm.MAX_TITLE;
		if (over > 0) {
			// A meeting's title may be as long as a post's: it gives up what the date needs.
			String shorter = meeting.title().substring(0, meeting.title().length() - over - 1) + "…";
			title = messages.getMessage("news.announcement.title", new Object[] { shorter, date, time }, POST_LANGUAGE);
		}
		String body = messages.getMessage("news.announcement.body",
				new Object[] { meeting.title(), date, time, properties.link("/meetings/" + meeting.meetingId()) }, POST_LANGUAGE);
		Instant now = clock.instant();
		long id = posts.insert(new NewsPost(0, UUID.randomUUID().toString(), group.id(), title, body,
				meeting.membersOnly() ? Audience.MEMBERS : Audience.PUBLIC, NewsPost.State.PUBLISHED, null, now, meeting.actorId(), null, now,
				now));
		published(posts.find(id).orElseThrow(), group, meeting.actorId());
	}

	// --- paces

	NewsPace pace(Group group, long accountId) {
		return posts.pace(group.id(), accountId).orElse(NewsPace.DEFAULT);
	}

	@Transactional
	void choosePace(Group group, long accountId, NewsPace pace) {
		posts.savePace(group.id(), accountId, pace);
	}

	/** The address of an ecosystem's news (its keyword may hold any letter). */
	static String ecosystemPath(String keyword) {
		return UriComponentsBuilder.fromPath("/e/{keyword}/news").buildAndExpand(keyword).encode().toUriString();
	}

	/** Plain text cut at a word when longer than that, for a list or a mail. */
	static String cut(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int space = text.lastIndexOf(' ', max);
		return text.substring(0, space > 0 ? space : max) + " …";
	}

	/** What every publication does, once: the activity log, and a mail to those who want each post. */
	private void published(NewsPost post, Group group, @Nullable Long actorId) {
		activity.record(post.groupId(), ActivityKind.NEWS_PUBLISHED, actorId, post.id());
		mails.eachPost(post, group, actorId);
	}
}
