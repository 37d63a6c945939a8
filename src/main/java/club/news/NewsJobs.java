package club.news;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Every minute, scheduled posts whose time has come are published; every hour, the weekly
 * digests not sent yet go out (from Monday morning on, once per person and week).
 */
@Configuration(proxyBeanMethods = false)
class NewsJobs {

	private static final Logger log = LoggerFactory.getLogger(NewsJobs.class);

	@Bean
	RecurringTask<Void> newsPublication(News news) {
		return Tasks.recurring("news-publication", FixedDelay.ofMinutes(1)).execute((instance, context) -> {
			int published = news.publishDue();
			if (published > 0) {
				log.info("Published {} scheduled news post(s)", published);
			}
		});
	}

	@Bean
	RecurringTask<Void> newsDigest(NewsMails mails) {
		return Tasks.recurring("news-digest", FixedDelay.ofHours(1)).execute((instance, context) -> {
			int sent = mails.sendDigests();
			if (sent > 0) {
				log.info("Sent {} weekly news digest(s)", sent);
			}
		});
	}
}
