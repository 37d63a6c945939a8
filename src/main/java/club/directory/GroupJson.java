package club.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import club.platform.ClubProperties;

/** How groups look in the API, the exports and GeoJSON (field names are part of the API). */
public final class GroupJson {

	/** Columns of the CSV export, in order. */
	public static final List<String> CSV_COLUMNS;

	static {
		List<String> columns = new ArrayList<>(List.of("slug", "name", "tagline", "type", "activity", "description",
				"keywords", "country", "region", "latitude", "longitude", "memberCount", "domain", "objective", "partners",
				"url"));
		for (ServiceLink link : ServiceLink.values()) {
			columns.add(link.field());
		}
		CSV_COLUMNS = List.copyOf(columns);
	}

	private GroupJson() {
	}

	/** What a list of groups shows: enough to present a group and reach it. */
	public static Map<String, Object> summary(Group group, ClubProperties properties) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("slug", group.slug());
		json.put("name", group.name());
		json.put("tagline", group.tagline());
		json.put("type", group.type().name());
		json.put("activity", group.activity().name());
		json.put("country", group.country());
		json.put("region", group.region());
		json.put("url", properties.link("/g/" + group.slug()));
		json.put("homeUrl", group.links().get(ServiceLink.HOME));
		json.put("subscribeUrl", group.links().get(ServiceLink.SUBSCRIBE));
		return json;
	}

	/** The whole record. */
	public static Map<String, Object> full(Group group, ClubProperties properties) {
		Map<String, Object> json = summary(group, properties);
		json.put("description", group.description());
		json.put("keywords", group.keywords());
		json.put("position", group.position() == null ? null
				: Map.of("latitude", group.position().latitude(), "longitude", group.position().longitude()));
		json.put("memberCount", group.memberCount());
		json.put("domain", group.domain());
		json.put("objective", group.objective() == null ? null : group.objective().name());
		json.put("partners", group.partners().stream().map(partner -> {
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("name", partner.name());
			p.put("url", partner.url());
			return p;
		}).toList());
		Map<String, String> links = new LinkedHashMap<>();
		group.links().forEach((kind, url) -> links.put(kind.name().toLowerCase(java.util.Locale.ROOT), url));
		json.put("links", links);
		json.put("createdAt", group.createdAt().toString());
		json.put("updatedAt", group.updatedAt().toString());
		return json;
	}

	/** A GeoJSON Feature (RFC 7946: longitude first); the group must have a position. */
	public static Map<String, Object> feature(Group group, ClubProperties properties) {
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("id", group.slug());
		feature.put("geometry", Map.of("type", "Point", "coordinates",
				List.of(group.position().longitude(), group.position().latitude())));
		feature.put("properties", summary(group, properties));
		return feature;
	}

	/** One CSV row, in the order of {@link #CSV_COLUMNS}. */
	public static List<Object> csvRow(Group group, ClubProperties properties) {
		List<Object> row = new ArrayList<>(List.of(group.slug(), group.name(), group.tagline(), group.type().name(),
				group.activity().name()));
		row.add(group.description());
		row.add(String.join(", ", group.keywords()));
		row.add(group.country());
		row.add(group.region());
		row.add(group.position() == null ? null : group.position().latitude());
		row.add(group.position() == null ? null : group.position().longitude());
		row.add(group.memberCount());
		row.add(group.domain());
		row.add(group.objective() == null ? null : group.objective().name());
		row.add(Partners.format(group.partners()));
		row.add(properties.link("/g/" + group.slug()));
		for (ServiceLink link : ServiceLink.values()) {
			row.add(group.links().get(link));
		}
		return row;
	}
}
