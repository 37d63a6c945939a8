package club.externalfeeds;

import static club.platform.Timestamps.utc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import club.directory.ServiceLink;

@Repository
class ExternalFeedRepository {

	private final JdbcClient jdbc;

	ExternalFeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Remembers the item; false when it was already there (recorded by an earlier reading). */
	boolean remember(long groupId, ServiceLink kind, String key) {
		// Not "insert … select … where not exists": H2 reuses that select's result when the same item comes twice in one transaction.
		return jdbc.sql("insert into external_feed_item (group_id, kind, item_hash) values (?, ?, ?) on conflict do nothing")
			.params(groupId, kind.name(), hash(key))
			.update() == 1;
	}

	void saveReading(long groupId, ServiceLink kind, String url, Instant at, @Nullable String problem, int recorded) {
		int updated = jdbc.sql("update external_feed set url = ?, read_at = ?, problem = ?, recorded = ? where group_id = ? and kind = ?")
			.params(url, utc(at), problem, recorded, groupId, kind.name())
			.update();
		if (updated == 0) {
			jdbc.sql("insert into external_feed (group_id, kind, url, read_at, problem, recorded) values (?, ?, ?, ?, ?, ?)")
				.params(groupId, kind.name(), url, utc(at), problem, recorded)
				.update();
		}
	}

	List<ExternalFeeds.Reading> readings(long groupId) {
		return jdbc.sql("select kind, url, read_at, problem, recorded from external_feed where group_id = ? order by kind")
			.param(groupId)
			.query((rs, row) -> new ExternalFeeds.Reading(ServiceLink.valueOf(rs.getString(1)), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4), rs.getInt(5)))
			.list();
	}

	private static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
