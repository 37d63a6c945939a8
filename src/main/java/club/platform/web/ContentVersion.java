package club.platform.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The version of the platform's public content, shared by every node through the database.
 * Modules call {@link #changed()} when they write something public pages show; cached pages
 * carry the version they were rendered at and are dropped once it moves.
 */
@Component
public class ContentVersion {

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;

	ContentVersion(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public long current() {
		return jdbc.sql("select version from content_version where id = 1").query(Long.class).single();
	}

	/**
	 * Public content changed. Inside a transaction the bump waits for the commit, so that no page
	 * rendered from the old data can be cached under the new version.
	 */
	public void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					bump();
				}
			});
		}
		else {
			bump();
		}
	}

	/** In a transaction of its own: after a commit, the finished one can't commit anything more. */
	private void bump() {
		ownTransaction.executeWithoutResult(
				status -> jdbc.sql("update content_version set version = version + 1 where id = 1").update());
	}
}
