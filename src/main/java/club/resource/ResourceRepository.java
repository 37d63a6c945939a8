package club.resource;

import static club.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import club.access.Audience;
import club.directory.GroupProductions.Production;

/** Resources, their tags and their files' bytes. */
@Repository
class ResourceRepository {

	/** What a list of resources shows: every column but a file's bytes. */
	private static final String SELECT = """
			select r.*, f.file_name, f.media_type, f.size from resource r left join resource_file f on f.resource_id = r.id""";

	/** Which of a group's resources a list shows. */
	record Filter(boolean withMembersOnly, @Nullable ResourceKind kind, @Nullable String tag, boolean productionsOnly) {
	}

	private final JdbcClient jdbc;

	ResourceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long groupId, ResourceForm.Checked form, @Nullable Long addedBy, @Nullable Long creditedAuthorId, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into resource (group_id, kind, title, description, url, added_by, credited_author_id, source_url, source_label, license,
				  production, audience, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(groupId, form.kind().name(), form.title(), form.description(), form.url(), addedBy, creditedAuthorId, form.sourceUrl(),
					form.sourceLabel(), form.license().name(), form.production(), form.audience().name(), utc(at), utc(at))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		tag(id, form.tags());
		return id;
	}

	/** A resource keeps its kind: a link stays a link, a file a file (whose bytes may be replaced). */
	void update(long id, ResourceForm.Checked form, Instant at) {
		jdbc.sql("""
				update resource set title = ?, description = ?, url = ?, source_url = ?, source_label = ?, license = ?, production = ?,
				  audience = ?, updated_at = ? where id = ?""")
			.params(form.title(), form.description(), form.url(), form.sourceUrl(), form.sourceLabel(), form.license().name(), form.production(),
					form.audience().name(), utc(at), id)
			.update();
		jdbc.sql("delete from resource_tag where resource_id = ?").param(id).update();
		tag(id, form.tags());
	}

	private void tag(long id, List<String> tags) {
		for (int i = 0; i < tags.size(); i++) {
			jdbc.sql("insert into resource_tag (resource_id, tag, position) values (?, ?, ?)").params(id, tags.get(i), i).update();
		}
	}

	void storeFile(long id, FileInspector.Checked file) {
		jdbc.sql("delete from resource_file where resource_id = ?").param(id).update();
		jdbc.sql("insert into resource_file (resource_id, file_name, media_type, size, content) values (?, ?, ?, ?, ?)")
			.params(id, file.fileName(), file.type().mediaType(), file.content().length, file.content())
			.update();
	}

	Optional<byte[]> content(long id) {
		return jdbc.sql("select content from resource_file where resource_id = ?").param(id).query((rs, row) -> rs.getBytes(1)).optional();
	}

	void delete(long id) {
		jdbc.sql("delete from resource where id = ?").param(id).update();
	}

	Optional<Resource> find(long id) {
		return withTags(jdbc.sql(SELECT + " where r.id = ?").param(id).query(ResourceRepository::row).list()).stream().findFirst();
	}

	/** A page of the group's resources that the filter lets through: productions first, then the newest. */
	List<Resource> ofGroup(long groupId, Filter filter, int limit, int offset) {
		var params = new LinkedHashMap<String, Object>();
		String where = where(groupId, filter, params);
		params.put("limit", limit);
		params.put("offset", offset);
		return withTags(jdbc.sql(SELECT + where + " order by r.production desc, r.created_at desc, r.id desc limit :limit offset :offset")
			.params(params)
			.query(ResourceRepository::row)
			.list());
	}

	long count(long groupId, Filter filter) {
		var params = new LinkedHashMap<String, Object>();
		return jdbc.sql("select count(*) from resource r" + where(groupId, filter, params)).params(params).query(Long.class).single();
	}

	private static String where(long groupId, Filter filter, Map<String, Object> params) {
		var where = new StringBuilder(" where r.group_id = :group");
		params.put("group", groupId);
		if (!filter.withMembersOnly()) {
			where.append(" and r.audience = :public");
			params.put("public", Audience.PUBLIC.name());
		}
		if (filter.kind() != null) {
			where.append(" and r.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.productionsOnly()) {
			where.append(" and r.production = true");
		}
		if (filter.tag() != null) {
			where.append(" and exists (select 1 from resource_tag t where t.resource_id = r.id and t.tag = :tag)");
			params.put("tag", filter.tag());
		}
		return where.toString();
	}

	/** The tags the group's visible resources carry, for the filter. */
	List<String> tags(long groupId, boolean withMembersOnly) {
		return jdbc.sql("""
				select distinct t.tag from resource_tag t join resource r on r.id = t.resource_id
				where r.group_id = ? and (? or r.audience = 'PUBLIC') order by t.tag""")
			.params(groupId, withMembersOnly)
			.query(String.class)
			.list();
	}

	/** The group's latest productions, for its page. */
	List<Production> productions(long groupId, boolean withMembersOnly, int limit) {
		return jdbc.sql("""
				select id, group_id, title, created_at from resource where group_id = ? and production = true and (? or audience = 'PUBLIC')
				order by created_at desc, id desc limit ?""")
			.params(groupId, withMembersOnly, limit)
			.query(ResourceRepository::production)
			.list();
	}

	/** The latest public productions of these groups together (an ecosystem's). */
	List<Production> publicProductions(Collection<Long> groupIds, int limit) {
		if (groupIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, group_id, title, created_at from resource where group_id in (:groups) and production = true and audience = 'PUBLIC'
				order by created_at desc, id desc limit :limit""")
			.param("groups", groupIds)
			.param("limit", limit)
			.query(ResourceRepository::production)
			.list();
	}

	/** What a person added or is credited for, for their data export. */
	List<Map<String, Object>> of(long accountId) {
		return jdbc.sql("""
				select r.id, r.group_id, r.kind, r.title, r.description, r.url, r.license, r.created_at, r.added_by, r.credited_author_id
				from resource r where r.added_by = ? or r.credited_author_id = ? order by r.created_at, r.id""")
			.params(accountId, accountId)
			.query((rs, row) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("id", rs.getLong("id"));
				entry.put("groupId", rs.getLong("group_id"));
				entry.put("kind", rs.getString("kind"));
				entry.put("title", rs.getString("title"));
				entry.put("description", rs.getString("description"));
				if (rs.getString("url") != null) {
					entry.put("url", rs.getString("url"));
				}
				entry.put("license", rs.getString("license"));
				entry.put("createdAt", rs.getTimestamp("created_at").toInstant().toString());
				entry.put("addedByMe", Long.valueOf(accountId).equals(rs.getObject("added_by", Long.class)));
				entry.put("creditedToMe", Long.valueOf(accountId).equals(rs.getObject("credited_author_id", Long.class)));
				return entry;
			})
			.list();
	}

	/** Their resources stay with their groups, signed « former member ». */
	void forget(long accountId) {
		jdbc.sql("update resource set added_by = null where added_by = ?").param(accountId).update();
		jdbc.sql("update resource set credited_author_id = null where credited_author_id = ?").param(accountId).update();
	}

	private List<Resource> withTags(List<Resource> resources) {
		if (resources.isEmpty()) {
			return resources;
		}
		Map<Long, List<String>> tags = new HashMap<>();
		jdbc.sql("select resource_id, tag from resource_tag where resource_id in (:ids) order by position")
			.param("ids", resources.stream().map(Resource::id).toList())
			.query((RowCallbackHandler) rs -> tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)));
		return resources.stream()
			.map(r -> new Resource(r.id(), r.groupId(), r.kind(), r.title(), r.description(), r.url(), r.addedBy(), r.creditedAuthorId(),
					r.sourceUrl(), r.sourceLabel(), r.license(), r.production(), r.audience(), List.copyOf(tags.getOrDefault(r.id(), List.of())),
					r.file(), r.createdAt(), r.updatedAt()))
			.toList();
	}

	private static Resource row(ResultSet rs, int row) throws SQLException {
		String mediaType = rs.getString("media_type");
		FileType type = mediaType == null ? null : FileType.of(mediaType).orElse(null);
		StoredFile file = type == null ? null : new StoredFile(rs.getString("file_name"), type, rs.getLong("size"));
		return new Resource(rs.getLong("id"), rs.getLong("group_id"), ResourceKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("description"), rs.getString("url"), rs.getObject("added_by", Long.class), rs.getObject("credited_author_id", Long.class),
				rs.getString("source_url"), rs.getString("source_label"), License.valueOf(rs.getString("license")), rs.getBoolean("production"),
				Audience.valueOf(rs.getString("audience")), List.of(), file, rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static Production production(ResultSet rs, int row) throws SQLException {
		return new Production(rs.getLong("id"), rs.getLong("group_id"), rs.getString("title"), rs.getTimestamp("created_at").toInstant());
	}
}
