package club.discussion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import club.platform.ClubProperties;

/** Every hour, the daily digests of the discussions not yet sent for the day before. */
@Configuration(proxyBeanMethods = false)
class DiscussionJobs {

	private static final Logger log = LoggerFactory.getLogger(DiscussionJobs.class);

	@Bean
	RecurringTask<Void> discussionDigest(Discussions discussions, ClubProperties properties) {
		return Tasks.recurring("discussion-digest", FixedDelay.ofMinutes(60)).execute((instance, context) -> {
			int sent = discussions.sendDigests(properties.timeZone());
			if (sent > 0) {
				log.info("Sent {} discussion digest(s)", sent);
			}
		});
	}
}
