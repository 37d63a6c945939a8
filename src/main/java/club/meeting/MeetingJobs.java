package club.meeting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Every few minutes, polls past their deadline end without a date (their organizers are told);
 * every hour, the organizers of a series whose next meeting is due and not scheduled are reminded
 * (and a date poll opened for them if they asked); every quarter of an hour, the people coming to
 * a meeting of the next day are reminded of it.
 */
@Configuration(proxyBeanMethods = false)
class MeetingJobs {

	private static final Logger log = LoggerFactory.getLogger(MeetingJobs.class);

	@Bean
	RecurringTask<Void> pollDeadlines(DatePolls polls) {
		return Tasks.recurring("meeting-poll-deadlines", FixedDelay.ofMinutes(5)).execute((instance, context) -> {
			int closed = polls.closeOverdue();
			if (closed > 0) {
				log.info("{} date poll(s) reached their deadline without a date", closed);
			}
		});
	}

	@Bean
	RecurringTask<Void> seriesDue(MeetingRhythms rhythms) {
		return Tasks.recurring("meeting-series-due", FixedDelay.ofMinutes(60)).execute((instance, context) -> {
			int due = rhythms.remindDue();
			if (due > 0) {
				log.info("Reminded the organizers of {} meeting series due", due);
			}
		});
	}

	@Bean
	RecurringTask<Void> meetingReminders(Meetings meetings) {
		return Tasks.recurring("meeting-reminders", FixedDelay.ofMinutes(15)).execute((instance, context) -> {
			int reminded = meetings.remindAttendees();
			if (reminded > 0) {
				log.info("Reminded the attendees of {} meeting(s)", reminded);
			}
		});
	}
}
