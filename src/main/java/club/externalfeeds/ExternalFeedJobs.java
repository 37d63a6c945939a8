package club.externalfeeds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** Every {@code club.external-feeds.interval} (6 hours by default), the groups' external feeds are read. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExternalFeedsProperties.class)
class ExternalFeedJobs {

	private static final Logger log = LoggerFactory.getLogger(ExternalFeedJobs.class);

	@Bean
	RecurringTask<Void> externalFeedsReading(ExternalFeeds feeds, ExternalFeedsProperties properties) {
		return Tasks.recurring("external-feeds-reading", FixedDelay.of(properties.interval())).execute((instance, context) -> {
			int recorded = feeds.readAll();
			if (recorded > 0) {
				log.info("Recorded {} item(s) read in groups' external feeds", recorded);
			}
		});
	}
}
