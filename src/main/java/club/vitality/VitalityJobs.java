package club.vitality;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import club.platform.ClubProperties;

/**
 * Every hour, every group's indicators are evaluated again (and the heartbeat beats); every
 * Monday morning, the weekly digest of the nudges kept from a mail; every half hour, the watchdog
 * tells the platform's admins when the evaluation has not run for three hours. Each task runs on
 * one node at a time (db-scheduler).
 */
@Configuration(proxyBeanMethods = false)
class VitalityJobs {

	private static final Logger log = LoggerFactory.getLogger(VitalityJobs.class);

	@Bean
	RecurringTask<Void> vitalityEvaluation(Vitality vitality) {
		return Tasks.recurring("vitality-evaluation", FixedDelay.ofMinutes(60)).execute((instance, context) -> {
			long start = System.nanoTime();
			int groups = vitality.evaluateAll();
			log.info("Evaluated the vitality of {} group(s) in {} ms", groups, (System.nanoTime() - start) / 1_000_000);
		});
	}

	@Bean
	RecurringTask<Void> vitalityDigest(Nudging nudging, ClubProperties properties, Clock clock) {
		return Tasks.recurring("vitality-digest", Schedules.cron("0 0 8 * * MON", properties.timeZone())).execute((instance, context) -> {
			int sent = nudging.digest(clock.instant());
			if (sent > 0) {
				log.info("Sent {} vitality digest(s)", sent);
			}
		});
	}

	@Bean
	RecurringTask<Void> vitalityWatchdog(Watchdog watchdog) {
		return Tasks.recurring("vitality-watchdog", FixedDelay.of(Duration.ofMinutes(30))).execute((instance, context) -> watchdog.check());
	}
}
