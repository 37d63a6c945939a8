package club.externalfeeds;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import club.activity.ActivityLog;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.directory.ServiceLink;

/**
 * Reads the calendars and news feeds that groups' records link to, and records in each group's
 * activity log what they tell, each item once. A feed is fetched outside any transaction; what it
 * tells is recorded in one, with how the reading went, which the group's pages can show.
 */
@Service
public class ExternalFeeds {

	private static final Logger log = LoggerFactory.getLogger(ExternalFeeds.class);
	static final Set<ServiceLink> FEEDS = Set.of(ServiceLink.CALENDAR, ServiceLink.FEED);

	/** How a feed's last reading went: its problem's code when it failed, how many items it recorded. */
	public record Reading(ServiceLink kind, String url, Instant at, @Nullable String problem, int recorded) {
	}

	private final GroupDirectory directory;
	private final FeedFetcher fetcher;
	private final ExternalFeedRepository feeds;
	private final ActivityLog activity;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ExternalFeeds(GroupDirectory directory, FeedFetcher fetcher, ExternalFeedRepository feeds, ActivityLog activity,
			TransactionTemplate transactions, Clock clock) {
		this.directory = directory;
		this.fetcher = fetcher;
		this.feeds = feeds;
		this.activity = activity;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The readings of the group's feeds, the last of each. */
	public List<Reading> readings(Group group) {
		return feeds.readings(group.id());
	}

	/** Reads every feed of every group still alive (the task "external-feeds-reading"); returns how many items were recorded. */
	int readAll() {
		int recorded = 0;
		for (Group group : directory.withLink(FEEDS)) {
			for (ServiceLink kind : FEEDS) {
				String url = group.links().get(kind);
				if (url != null) {
					recorded += read(group, kind, url).recorded();
				}
			}
		}
		return recorded;
	}

	/** Reads one feed of the group and records what is new in it. */
	Reading read(Group group, ServiceLink kind, String url) {
		Instant now = clock.instant();
		List<FeedItems.Item> items;
		String problem = null;
		try {
			byte[] bytes = fetcher.fetch(url);
			items = kind == ServiceLink.CALENDAR ? FeedItems.ofCalendar(bytes, now) : FeedItems.ofNews(bytes, now);
		}
		catch (FeedFetcher.Unreadable unreadable) {
			log.info("Feed {} of group {} not read: {}", kind, group.slug(), unreadable.getMessage());
			items = List.of();
			problem = unreadable.code();
		}
		List<FeedItems.Item> read = items;
		String failure = problem;
		return transactions.execute(status -> {
			int recorded = 0;
			// Oldest first, so that the log reads in the order things happened.
			for (FeedItems.Item item : read.reversed()) {
				if (feeds.remember(group.id(), kind, item.key())) {
					activity.record(group.id(), item.kind(), null, null, item.at());
					recorded++;
				}
			}
			feeds.saveReading(group.id(), kind, url, now, failure, recorded);
			return new Reading(kind, url, now, failure, recorded);
		});
	}
}
