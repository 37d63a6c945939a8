package club.importing;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

/**
 * Starts applying an import: in the background when the scheduler runs (one node picks it up,
 * and the job shows its progress), inline otherwise (tests, a scheduler switched off).
 */
@Component
class ImportStarter {

	private final Importer importer;
	private final ObjectProvider<SchedulerClient> scheduler;
	private final OneTimeTask<Long> applyTask;
	private final Clock clock;

	ImportStarter(Importer importer, ObjectProvider<SchedulerClient> scheduler, OneTimeTask<Long> importApplyTask, Clock clock) {
		this.importer = importer;
		this.scheduler = scheduler;
		this.applyTask = importApplyTask;
		this.clock = clock;
	}

	/** False when the job is no longer waiting to be applied (already started or done). */
	boolean start(long jobId) throws SourceRecords.Unreadable {
		if (importer.job(jobId).status() != ImportJob.Status.READY) {
			return false;
		}
		SchedulerClient client = scheduler.getIfAvailable();
		if (client != null) {
			client.scheduleIfNotExists(applyTask.instance(String.valueOf(jobId), jobId), clock.instant());
		}
		else {
			importer.apply(jobId);
		}
		return true;
	}
}
