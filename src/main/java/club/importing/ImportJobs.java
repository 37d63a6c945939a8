package club.importing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/** Imports are applied in the background ("import-apply"), so that a long one shows its progress. */
@Configuration(proxyBeanMethods = false)
class ImportJobs {

	@Bean
	OneTimeTask<Long> importApplyTask(Importer importer) {
		return Tasks.oneTime("import-apply", Long.class).execute((instance, context) -> {
			try {
				importer.apply(instance.getData());
			}
			catch (SourceRecords.Unreadable unreadable) {
				// Checked at upload: a stored source that no longer parses is a bug, not user input.
				throw new IllegalStateException("Import " + instance.getData() + " became unreadable", unreadable);
			}
		});
	}
}
