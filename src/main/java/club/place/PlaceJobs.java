package club.place;

import java.time.LocalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/** Every morning, members whose membership ends within a month are reminded to renew it. */
@Configuration(proxyBeanMethods = false)
class PlaceJobs {

	private static final Logger log = LoggerFactory.getLogger(PlaceJobs.class);

	@Bean
	RecurringTask<Void> placeRenewalReminders(Places places) {
		return Tasks.recurring("place-renewal-reminders", Schedules.daily(LocalTime.of(8, 0))).execute((instance, context) -> {
			int reminded = places.remindExpiring();
			if (reminded > 0) {
				log.info("Reminded {} member(s) of a membership about to end", reminded);
			}
		});
	}
}
