package club.platform.images;

import static club.platform.Timestamps.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

import club.platform.web.ContentVersion;

/**
 * One re-encoded JPEG per owner (a group's banner, an ecosystem's logo), in a table of the
 * owning module with the columns (owner id, image, updated_at). Writes move the content version:
 * public pages show these images.
 */
public final class StoredImages {

	private final JdbcClient jdbc;
	private final ContentVersion contentVersion;
	private final String table;
	private final String owner;

	/** Table and column names are the module's constants, never user input. */
	public StoredImages(JdbcClient jdbc, ContentVersion contentVersion, String table, String ownerColumn) {
		this.jdbc = jdbc;
		this.contentVersion = contentVersion;
		this.table = table;
		this.owner = ownerColumn;
	}

	/** When the image last changed (its address carries it), without loading it. */
	public Optional<Instant> version(long ownerId) {
		return jdbc.sql("select updated_at from " + table + " where " + owner + " = ?")
			.param(ownerId)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	public Optional<byte[]> image(long ownerId) {
		return jdbc.sql("select image from " + table + " where " + owner + " = ?")
			.param(ownerId)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	public void save(long ownerId, byte[] image, Instant at) {
		contentVersion.changed();
		jdbc.sql("delete from " + table + " where " + owner + " = ?").param(ownerId).update();
		jdbc.sql("insert into " + table + " (" + owner + ", image, updated_at) values (?, ?, ?)")
			.params(ownerId, image, utc(at))
			.update();
	}

	/** False when there was none. */
	public boolean delete(long ownerId) {
		contentVersion.changed();
		return jdbc.sql("delete from " + table + " where " + owner + " = ?").param(ownerId).update() > 0;
	}

	/** The image as served publicly: its address carries its version (?v=), so it may be kept a year. */
	public static ResponseEntity<byte[]> servedForAYear(Optional<byte[]> image) {
		return image
			.map(bytes -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
				.body(bytes))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
