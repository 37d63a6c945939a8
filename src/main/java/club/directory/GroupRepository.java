package club.directory;

import static club.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import club.platform.images.StoredImages;
import club.platform.text.SearchText;
import club.platform.web.ContentVersion;

@Repository
class GroupRepository {

	private final JdbcClient jdbc;
	private final ContentVersion contentVersion;
	private final StoredImages banners;

	/** Every write here changes public pages: it moves the content version (see the page cache). */
	GroupRepository(JdbcClient jdbc, ContentVersion contentVersion) {
		this.jdbc = jdbc;
		this.contentVersion = contentVersion;
		this.banners = new StoredImages(jdbc, contentVersion, "group_banner", "group_id");
	}

	/** The group's own fields; keywords, links and partners are written by {@link #replaceParts}. */
	long insert(Group group, @Nullable Long createdBy) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into group_record (slug, name, tagline, group_type, description, country, region, latitude, longitude,
				  member_count, members_managed, activity, domain, objective, search_text, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(group.slug(), group.name(), group.tagline(), group.type().name(), group.description(), group.country(),
					group.region(), latitude(group), longitude(group), group.memberCount(), group.membersManaged(), group.activity().name(),
					group.domain(), group.objective() == null ? null : group.objective().name(), searchText(group), createdBy,
					utc(group.createdAt()), utc(group.updatedAt()))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		replaceParts(id, group);
		return id;
	}

	void update(Group group) {
		jdbc.sql("""
				update group_record set slug = ?, name = ?, tagline = ?, group_type = ?, description = ?, country = ?,
				  region = ?, latitude = ?, longitude = ?, member_count = ?, activity = ?, domain = ?, objective = ?,
				  search_text = ?, updated_at = ?
				where id = ?""")
			.params(group.slug(), group.name(), group.tagline(), group.type().name(), group.description(), group.country(),
					group.region(), latitude(group), longitude(group), group.memberCount(), group.activity().name(),
					group.domain(), group.objective() == null ? null : group.objective().name(), searchText(group),
					utc(group.updatedAt()), group.id())
			.update();
		replaceParts(group.id(), group);
	}

	private void replaceParts(long id, Group group) {
		contentVersion.changed();
		jdbc.sql("delete from group_keyword where group_id = ?").param(id).update();
		for (String keyword : group.keywords()) {
			jdbc.sql("insert into group_keyword (group_id, keyword) values (?, ?)").params(id, keyword).update();
		}
		jdbc.sql("delete from group_link where group_id = ?").param(id).update();
		group.links().forEach((kind, url) -> jdbc.sql("insert into group_link (group_id, kind, url) values (?, ?, ?)")
			.params(id, kind.name(), url)
			.update());
		jdbc.sql("delete from group_partner where group_id = ?").param(id).update();
		for (int i = 0; i < group.partners().size(); i++) {
			var partner = group.partners().get(i);
			jdbc.sql("insert into group_partner (group_id, position, name, url) values (?, ?, ?, ?)")
				.params(id, i, partner.name(), partner.url())
				.update();
		}
	}

	Optional<Group> findBySlug(String slug) {
		return one(jdbc.sql("select * from group_record where slug = ?").param(slug).query(this::mapRow).optional());
	}

	Optional<Group> findById(long id) {
		return one(jdbc.sql("select * from group_record where id = ?").param(id).query(this::mapRow).optional());
	}

	/** The parts are read after the row's result set is closed: one connection at a time. */
	private Optional<Group> one(Optional<Group> row) {
		return row.map(group -> load(List.of(group)).getFirst());
	}

	/** The groups (archived ones left out) that have a link of one of these kinds, by id. */
	List<Group> withLink(java.util.Collection<ServiceLink> kinds) {
		return load(jdbc.sql("""
				select g.* from group_record g where g.activity <> 'ARCHIVED'
				and exists (select 1 from group_link l where l.group_id = g.id and l.kind in (:kinds)) order by g.id""")
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.query(this::mapRow)
			.list());
	}

	List<Group> withKeyword(String keyword) {
		return load(jdbc.sql("""
				select g.* from group_record g join group_keyword k on k.group_id = g.id
				where k.keyword = ? order by lower(g.name), g.id""")
			.param(keyword)
			.query(this::mapRow)
			.list());
	}

	long activeCountWithKeyword(String keyword) {
		return jdbc.sql("""
				select count(*) from group_keyword k join group_record g on g.id = k.group_id
				where k.keyword = ? and g.activity <> 'ARCHIVED'""")
			.param(keyword)
			.query(Long.class)
			.single();
	}

	/** Each group's banner (a method, not a field: this bean is a proxy). */
	StoredImages banners() {
		return banners;
	}

	/** Where an old short name now points. */
	Optional<String> currentSlugOf(String oldSlug) {
		return jdbc.sql("select g.slug from group_slug_alias a join group_record g on g.id = a.group_id where a.slug = ?")
			.param(oldSlug)
			.query(String.class)
			.optional();
	}

	boolean slugTaken(String slug, @Nullable Long exceptGroupId) {
		long except = exceptGroupId == null ? -1 : exceptGroupId;
		return jdbc.sql("""
				select count(*) from (
				  select id as group_id from group_record where slug = ?
				  union all select group_id from group_slug_alias where slug = ?) taken
				where group_id <> ?""")
			.params(slug, slug, except)
			.query(Long.class)
			.single() > 0;
	}

	void addSlugAlias(String oldSlug, long groupId) {
		jdbc.sql("delete from group_slug_alias where slug = ?").param(oldSlug).update();
		jdbc.sql("insert into group_slug_alias (slug, group_id) values (?, ?)").params(oldSlug, groupId).update();
	}

	/** A group taking back one of its own old names no longer needs that alias. */
	void removeSlugAlias(String slug) {
		jdbc.sql("delete from group_slug_alias where slug = ?").param(slug).update();
	}

	void recordChanges(long groupId, @Nullable Long accountId, Instant at, List<GroupChange> changes) {
		for (GroupChange change : changes) {
			jdbc.sql("""
					insert into group_change (group_id, account_id, changed_at, field, before_value, after_value)
					values (?, ?, ?, ?, ?, ?)""")
				.params(groupId, accountId, utc(at), change.field(), change.before(), change.after())
				.update();
		}
	}

	List<GroupChange> history(long groupId) {
		return jdbc.sql("""
				select account_id, changed_at, field, before_value, after_value from group_change
				where group_id = ? order by changed_at desc, id desc""")
			.param(groupId)
			.query((rs, row) -> {
				long account = rs.getLong("account_id");
				return new GroupChange(rs.wasNull() ? null : account, rs.getTimestamp("changed_at").toInstant(),
						rs.getString("field"), rs.getString("before_value"), rs.getString("after_value"));
			})
			.list();
	}

	/** One page of the directory, and the number of matching groups. */
	DirectoryPage search(DirectoryQuery query) {
		List<Object> params = new ArrayList<>();
		String where = query.where(params);
		long total = jdbc.sql("select count(*) from group_record g where " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(DirectoryQuery.PAGE_SIZE);
		pageParams.add((long) (query.page() - 1) * DirectoryQuery.PAGE_SIZE);
		List<Group> groups = load(jdbc
			.sql("select g.* from group_record g where " + where + " order by " + query.orderBy() + " limit ? offset ?")
			.params(pageParams)
			.query(this::mapRow)
			.list());
		return new DirectoryPage(groups, total, query);
	}

	/**
	 * Every group matching the query, in its order, without paging (exports, GeoJSON); with a
	 * box, only groups with a position inside it.
	 */
	List<Group> all(DirectoryQuery query, @Nullable BoundingBox box) {
		List<Object> params = new ArrayList<>();
		String where = query.where(params);
		if (box != null) {
			where += " and g.latitude is not null and g.longitude is not null and " + box.where(params);
		}
		return load(jdbc.sql("select g.* from group_record g where " + where + " order by " + query.orderBy())
			.params(params)
			.query(this::mapRow)
			.list());
	}

	/** The number of members of a group whose members join here. */
	void countMembers(long groupId, long count, boolean managed) {
		jdbc.sql("update group_record set member_count = ?, members_managed = ? where id = ?").params(count, managed, groupId).update();
		contentVersion.changed();
	}

	/** Slugs of the groups whose record the person changed. */
	List<String> groupsChangedBy(long accountId) {
		return jdbc.sql("select slug from group_record where id in (select group_id from group_change where account_id = ?) order by slug")
			.param(accountId)
			.query(String.class)
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from group_record").query(Long.class).single();
	}

	/** The group rows with their keywords, links and partners, in three queries for the whole page. */
	private List<Group> load(List<Group> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		List<Long> ids = rows.stream().map(Group::id).toList();
		Map<Long, List<String>> keywords = new LinkedHashMap<>();
		jdbc.sql("select group_id, keyword from group_keyword where group_id in (:ids) order by keyword")
			.param("ids", ids)
			.query(rs -> {
				keywords.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, Map<ServiceLink, String>> links = new LinkedHashMap<>();
		jdbc.sql("select group_id, kind, url from group_link where group_id in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				links.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(ServiceLink.class))
					.put(ServiceLink.valueOf(rs.getString(2)), rs.getString(3));
			});
		Map<Long, List<Group.Partner>> partners = new LinkedHashMap<>();
		jdbc.sql("select group_id, name, url from group_partner where group_id in (:ids) order by position")
			.param("ids", ids)
			.query(rs -> {
				partners.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new Group.Partner(rs.getString(2), rs.getString(3)));
			});
		return rows.stream()
			.map(group -> new Group(group.id(), group.slug(), group.name(), group.tagline(), group.type(),
					group.description(), group.country(), group.region(), group.position(), group.memberCount(),
					group.membersManaged(), group.activity(), group.domain(), group.objective(), keywords.getOrDefault(group.id(), List.of()),
					links.getOrDefault(group.id(), Map.of()), partners.getOrDefault(group.id(), List.of()),
					group.createdAt(), group.updatedAt()))
			.collect(Collectors.toList());
	}

	private Group mapRow(ResultSet rs, int row) throws SQLException {
		double latitude = rs.getDouble("latitude");
		boolean hasPosition = !rs.wasNull();
		double longitude = rs.getDouble("longitude");
		hasPosition &= !rs.wasNull();
		int members = rs.getInt("member_count");
		Integer memberCount = rs.wasNull() ? null : members;
		String objective = rs.getString("objective");
		return new Group(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("tagline"),
				GroupType.valueOf(rs.getString("group_type")), rs.getString("description"), rs.getString("country"),
				rs.getString("region"), hasPosition ? new Group.Position(latitude, longitude) : null, memberCount,
				rs.getBoolean("members_managed"),
				ActivityLevel.valueOf(rs.getString("activity")), rs.getString("domain"),
				objective == null ? null : Objective.valueOf(objective), List.of(), Map.of(), List.of(),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static @Nullable Double latitude(Group group) {
		return group.position() == null ? null : group.position().latitude();
	}

	private static @Nullable Double longitude(Group group) {
		return group.position() == null ? null : group.position().longitude();
	}

	static String searchText(Group group) {
		return SearchText.fold(String.join(" ", group.name(), group.slug(), group.tagline(),
				group.description() == null ? "" : group.description(), String.join(" ", group.keywords())));
	}
}
