package club.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import club.directory.Group;
import club.ecosystem.Ecosystems;

/**
 * Meetings for benchmarks: {@code --club.generate.meetings=10000} tops the public meetings of
 * the "coop-group" ecosystem's groups up to that many (with {@code --club.generate.groups}),
 * spread from three months ago to a year ahead, at 18:00 in Paris; past ones held. Once the
 * application is ready, after the directory generator.
 */
@Component
class MeetingGenerator {

	private static final Logger log = LoggerFactory.getLogger(MeetingGenerator.class);
	static final String ECOSYSTEM = "coop-group";

	private final MeetingRepository meetings;
	private final Ecosystems ecosystems;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final int target;

	MeetingGenerator(MeetingRepository meetings, Ecosystems ecosystems, TransactionTemplate transactions, Clock clock,
			@Value("${club.generate.meetings:0}") int target) {
		this.meetings = meetings;
		this.ecosystems = ecosystems;
		this.transactions = transactions;
		this.clock = clock;
		this.target = target;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void generate() {
		if (target <= 0) {
			return;
		}
		List<Group> groups = ecosystems.groupsOf(ECOSYSTEM).orElse(List.of());
		if (groups.isEmpty()) {
			log.warn("No group in {}: generate groups first (--club.generate.groups)", ECOSYSTEM);
			return;
		}
		Instant now = clock.instant();
		Instant from = now.minus(CalendarFeeds.HISTORY).plus(Duration.ofDays(1));
		int existing = meetings.ofGroups(groups.stream().map(Group::id).toList(), false, from, target).size();
		ZoneId paris = ZoneId.of("Europe/Paris");
		long span = Duration.ofDays(455).toSeconds();
		transactions.executeWithoutResult(status -> {
			for (int i = existing; i < target; i++) {
				Group group = groups.get(i % groups.size());
				var day = from.plusSeconds(span * i / target).atZone(paris).toLocalDate();
				Instant start = day.atTime(LocalTime.of(18, 0)).atZone(paris).toInstant();
				boolean past = start.isBefore(now);
				meetings.insert(new Meeting(0, UUID.randomUUID() + "@club", group.id(), "Rencontre " + (i + 1) + " — " + group.name(),
						"Une rencontre du groupe, ouverte à tous.", start, start.plus(Duration.ofHours(2)), paris, group.region(), null, null, null,
						null, Meeting.Visibility.PUBLIC, past ? Meeting.State.HELD : Meeting.State.SCHEDULED, past ? 12 : null, null, null, 0, null, now),
						null, now);
			}
		});
		log.info("{} now has {} public meetings", ECOSYSTEM, Math.max(existing, target));
	}
}
