package club.vitality.simulation;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Iterator;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import club.platform.Timestamps;

/**
 * Writes generated events into the real {@code activity_event} table, for measuring a full
 * recomputation over a loaded log: JDBC batches on any database, PostgreSQL's COPY (several
 * times faster) when the connection is PostgreSQL's; and a CSV export of the same columns.
 * The caller owns the connection and its transaction.
 */
public final class ActivityEventExport {

	static final String[] COLUMNS = { "group_id", "kind", "actor_id", "subject_id", "at" };
	private static final String INSERT = "insert into activity_event (group_id, kind, actor_id, subject_id, at) values (?, ?, ?, ?, ?)";
	private static final String COPY = "copy activity_event (group_id, kind, actor_id, subject_id, at) from stdin (format csv)";
	private static final int BATCH = 5_000;

	private ActivityEventExport() {
	}

	/** The fastest way the database offers: COPY on PostgreSQL, batches elsewhere; returns how many rows. */
	public static long load(Connection connection, Stream<SimulatedEvent> events) throws SQLException {
		return connection.isWrapperFor(PGConnection.class) ? copy(connection, events) : insert(connection, events);
	}

	/** Inserts the events in batches; returns how many. */
	public static long insert(Connection connection, Stream<SimulatedEvent> events) throws SQLException {
		long count = 0;
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			Iterator<SimulatedEvent> iterator = events.iterator();
			while (iterator.hasNext()) {
				SimulatedEvent event = iterator.next();
				insert.setLong(1, event.groupId());
				insert.setString(2, event.kind().name());
				setNullableLong(insert, 3, event.actorId());
				setNullableLong(insert, 4, event.subjectId());
				insert.setObject(5, Timestamps.utc(event.at()));
				insert.addBatch();
				if (++count % BATCH == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
		return count;
	}

	/** Streams the events into PostgreSQL through COPY; returns how many rows it wrote. */
	public static long copy(Connection connection, Stream<SimulatedEvent> events) throws SQLException {
		var copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, 1 << 16);
		try {
			var writer = new OutputStreamWriter(copy, StandardCharsets.UTF_8);
			write(writer, events, CSVFormat.POSTGRESQL_CSV);
			writer.flush();
			return copy.endCopy();
		}
		catch (IOException | RuntimeException e) {
			// Nothing half-written: the server drops what it received.
			copy.cancelCopy();
			throw new SQLException("COPY into activity_event failed", e);
		}
	}

	/** CSV with a header line, the instants in ISO-8601 UTC, empty cells for missing ids. */
	public static void writeCsv(Writer out, Stream<SimulatedEvent> events) throws IOException {
		write(out, events, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get());
	}

	private static void write(Writer out, Stream<SimulatedEvent> events, CSVFormat format) throws IOException {
		CSVPrinter printer = new CSVPrinter(out, format);
		Iterator<SimulatedEvent> iterator = events.iterator();
		while (iterator.hasNext()) {
			SimulatedEvent event = iterator.next();
			printer.printRecord(event.groupId(), event.kind().name(), event.actorId(), event.subjectId(), event.at().toString());
		}
		printer.flush();
	}

	private static void setNullableLong(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.BIGINT);
		}
		else {
			statement.setLong(index, value);
		}
	}
}
