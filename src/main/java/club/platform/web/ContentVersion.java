package club.platform.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the platform's public content, shared by every node through the database.
 * Modules call {@link #changed()} when they write something public pages show; cached pages
 * carry the version they were rendered at and are dropped once it moves.
 */
@Component
public class ContentVersion {

	private final JdbcClient jdbc;

	ContentVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	private void bump() {
		jdbc.sql("update content_version set version = version + 1 where id = 1").update();
	}
}
