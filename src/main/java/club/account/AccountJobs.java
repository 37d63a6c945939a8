package club.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The account module's background tasks (db-scheduler, one node at a time). */
@Configuration(proxyBeanMethods = false)
class AccountJobs {

	@Bean
	RecurringTask<Void> accountTokenPurgeTask(AccountTokens tokens) {
		return Tasks.recurring("account-token-purge", FixedDelay.ofHours(24))
			.execute((instance, context) -> tokens.purgeExpired());
	}
}
