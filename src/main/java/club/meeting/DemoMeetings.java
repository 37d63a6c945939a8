package club.meeting;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import club.access.Access;
import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.ClubProperties;

/**
 * The demo's group life: Cyou1 meets online on the first Tuesday of each month (a series with its
 * rhythm; three meetings held, one cancelled, the next one scheduled with answers) and has a date
 * poll open for a workshop; the Fablabs' weekly Thursday workshop has not been scheduled for
 * three weeks, so its page says so. Camille organizes both; Moussa is a member of Cyou1. Once
 * the demo members and groups exist (the application is ready).
 */
@Component
class DemoMeetings {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final MeetingRepository meetings;
	private final MeetingSeriesRepository series;
	private final DatePollRepository polls;
	private final GroupDirectory directory;
	private final Access access;
	private final Accounts accounts;
	private final ClubProperties properties;
	private final Clock clock;

	DemoMeetings(MeetingRepository meetings, MeetingSeriesRepository series, DatePollRepository polls, GroupDirectory directory,
			Access access, Accounts accounts, ClubProperties properties, Clock clock) {
		this.meetings = meetings;
		this.series = series;
		this.polls = polls;
		this.directory = directory;
		this.access = access;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		var cyou = directory.find("cyou1");
		var fablabs = directory.find("fablabs");
		if (!properties.demo() || cyou.isEmpty() || fablabs.isEmpty() || !series.ofGroup(cyou.get().id()).isEmpty()) {
			return;
		}
		var demo = accounts.demoMembers();
		if (demo.isEmpty()) {
			return;
		}
		long camille = demo.get().camille();
		long moussa = demo.get().moussa();
		Instant now = clock.instant();
		access.makeCreatorAdmin(cyou.get().id(), camille, now);
		access.addMember(cyou.get().id(), moussa, now);
		access.makeCreatorAdmin(fablabs.get().id(), camille, now);
		monthlyMeeting(cyou.get(), camille, moussa, now);
		workshopPoll(cyou.get(), camille, moussa, now);
		weeklyWorkshop(fablabs.get(), camille, now);
	}

	/** First Tuesdays at 19:00, online: four months ago onwards. */
	private void monthlyMeeting(Group group, long camille, long moussa, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, PARIS);
		ZonedDateTime first = firstTuesday(today.minusMonths(4));
		String rrule = new Rhythm(Rhythm.Frequency.MONTHLY, Rhythm.Day.NTH_WEEKDAY).rrule(first.toLocalDate());
		String online = "https://visio.cyou.example/rencontre";
		long id = series.insert(new MeetingSeries(0, group.id(), "Rencontre mensuelle de Cyou1",
				"Chaque mois, les membres présentent l’avancée de leurs projets et accueillent les nouveaux.", rrule, first.toInstant(), PARIS,
				120, null, online, Meeting.Visibility.PUBLIC, 7, true, null, true), camille, now);
		int[] participants = { 9, 12, 0, 7 };
		for (int month = 0; month < 4; month++) {
			ZonedDateTime start = firstTuesday(today.minusMonths(4 - month));
			boolean cancelled = month == 2;
			meetings.insert(meeting(group, "Rencontre mensuelle de Cyou1", start, online, id,
					cancelled ? Meeting.State.CANCELLED : Meeting.State.HELD, cancelled ? null : participants[month],
					cancelled ? "Vacances scolaires : la moitié du groupe est absente, on se retrouve le mois prochain." : null), camille, now);
		}
		ZonedDateTime next = firstTuesday(today);
		if (!next.toInstant().isAfter(now.plus(Duration.ofDays(1)))) {
			next = firstTuesday(today.plusMonths(1));
		}
		long coming = meetings.insert(meeting(group, "Rencontre mensuelle de Cyou1", next, online, id, Meeting.State.SCHEDULED, null, null),
				camille, now);
		meetings.saveRsvp(coming, camille, Rsvp.Answer.YES, false, now);
		meetings.saveRsvp(coming, moussa, Rsvp.Answer.MAYBE, false, now);
	}

	/** A workshop to date: three evenings next week, answered by Camille and Moussa. */
	private void workshopPoll(Group group, long camille, long moussa, Instant now) {
		LocalDate monday = LocalDate.ofInstant(now, PARIS).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
		List<Instant> options = List.of(monday.atTime(18, 30), monday.plusDays(2).atTime(18, 30), monday.plusDays(3).atTime(18, 30)).stream()
			.map(local -> local.atZone(PARIS).toInstant())
			.toList();
		long poll = polls.insert(group.id(), "Atelier robotique avec Cap Sciences",
				"Deux heures pour monter les kits de robotique prêtés par Cap Sciences. Quel soir vous convient ?", "Cap Sciences, Bordeaux",
				120, monday.minusDays(2).atTime(12, 0).atZone(PARIS).toInstant(), PARIS, options, null, camille, now);
		var optionIds = polls.options(poll).stream().map(DatePoll.Option::id).toList();
		polls.answer(optionIds.get(0), camille, DatePoll.Answer.YES, now);
		polls.answer(optionIds.get(1), camille, DatePoll.Answer.IF_NEEDED, now);
		polls.answer(optionIds.get(2), camille, DatePoll.Answer.NO, now);
		polls.answer(optionIds.get(0), moussa, DatePoll.Answer.YES, now);
		polls.answer(optionIds.get(1), moussa, DatePoll.Answer.YES, now);
		polls.answer(optionIds.get(2), moussa, DatePoll.Answer.IF_NEEDED, now);
	}

	/** Thursdays at 18:00 at the Hangar, held until three weeks ago, and nothing scheduled since. */
	private void weeklyWorkshop(Group group, long camille, Instant now) {
		LocalDate lastThursday = LocalDate.ofInstant(now, PARIS).minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
		ZonedDateTime first = lastThursday.minusWeeks(5).atTime(LocalTime.of(18, 0)).atZone(PARIS);
		String rrule = new Rhythm(Rhythm.Frequency.WEEKLY, Rhythm.Day.WEEKDAY).rrule(first.toLocalDate());
		String address = "Le Hangar, 12 quai de Bacalan, Bordeaux";
		long id = series.insert(new MeetingSeries(0, group.id(), "Atelier du jeudi", "Impression 3D et découpe laser : venez avec vos projets.",
				rrule, first.toInstant(), PARIS, 180, address, null, Meeting.Visibility.PUBLIC, 3, false, null, true), camille, now);
		for (int week = 0; week <= 5; week++) {
			meetings.insert(meeting(group, "Atelier du jeudi", first.plusWeeks(week), address, id, Meeting.State.HELD, 5 + week % 3, null), camille,
					now);
		}
	}

	private static Meeting meeting(Group group, String title, ZonedDateTime start, String place, long seriesId, Meeting.State state,
			@Nullable Integer participants, @Nullable String cancelReason) {
		boolean online = place.startsWith("https://");
		return new Meeting(0, UUID.randomUUID() + "@club", group.id(), title, null, start.toInstant(), start.plusHours(2).toInstant(), PARIS,
				online ? null : place, null, null, online ? place : null, null, Meeting.Visibility.PUBLIC, state, participants, cancelReason,
				null, state == Meeting.State.SCHEDULED ? 0 : 1, seriesId, start.toInstant());
	}

	private static ZonedDateTime firstTuesday(LocalDate inMonth) {
		return inMonth.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).atTime(19, 0).atZone(PARIS);
	}
}
