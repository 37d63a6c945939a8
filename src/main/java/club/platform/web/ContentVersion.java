package club.platform.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
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
 * <p>
 * Each node knows the version in memory, so that a cached page costs no round trip to the
 * database. The node that makes a change knows it at once (its next page is fresh). On
 * PostgreSQL, the other nodes are told by a notification sent with the change (milliseconds),
 * and read the version again every {@value #POLL_MILLIS} ms in case a notification was lost.
 * On H2 there is only one node.
 */
@Component
public class ContentVersion implements SmartLifecycle {

	static final String CHANNEL = "club_content_version";
	static final int POLL_MILLIS = 500;
	private static final Logger log = LoggerFactory.getLogger(ContentVersion.class);

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final TransactionTemplate ownTransaction;
	private final AtomicLong known = new AtomicLong(-1);
	private volatile boolean postgres;
	private volatile boolean running;
	private Thread listener;

	ContentVersion(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public long current() {
		long version = known.get();
		return version >= 0 ? version : refresh();
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
		Long version = ownTransaction.execute(status -> {
			jdbc.sql("update content_version set version = version + 1 where id = 1").update();
			long bumped = jdbc.sql("select version from content_version where id = 1").query(Long.class).single();
			if (postgres) {
				// Delivered to the listening nodes when this transaction commits.
				jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, Long.toString(bumped)).query(String.class).optional();
			}
			return bumped;
		});
		known.accumulateAndGet(version == null ? -1 : version, Math::max);
	}

	private long refresh() {
		long version = jdbc.sql("select version from content_version where id = 1").query(Long.class).single();
		return known.accumulateAndGet(version, Math::max);
	}

	@Override
	public void start() {
		try (Connection connection = dataSource.getConnection()) {
			postgres = connection.isWrapperFor(PGConnection.class);
		}
		catch (SQLException unreachable) {
			throw new IllegalStateException("Database unreachable at startup", unreachable);
		}
		refresh();
		running = true;
		if (postgres) {
			listener = Thread.ofPlatform().daemon().name("content-version-listener").start(this::listen);
		}
	}

	/** Holds one connection listening to the channel; reconnects after a failure. */
	private void listen() {
		while (running) {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("listen " + CHANNEL);
				PGConnection notifications = connection.unwrap(PGConnection.class);
				while (running) {
					notifications.getNotifications(POLL_MILLIS);
					refresh();
				}
			}
			catch (SQLException | RuntimeException failure) {
				if (running) {
					log.warn("Content version listener failed, retrying: {}", failure.toString());
					sleepQuietly();
				}
			}
		}
	}

	private static void sleepQuietly() {
		try {
			Thread.sleep(POLL_MILLIS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void stop() {
		running = false;
		if (listener != null) {
			listener.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
