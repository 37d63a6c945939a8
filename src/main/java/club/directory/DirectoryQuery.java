package club.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import club.platform.text.SearchText;

/**
 * A directory search as it stands in the URL (so that it can be shared): text, filters, sort
 * and page. Archived groups are hidden unless asked for.
 */
public record DirectoryQuery(String q, @Nullable GroupType type, @Nullable ActivityLevel activity, String keyword,
		String country, String region, boolean archived, Sort sort, int page) {

	static final int PAGE_SIZE = 20;

	public enum Sort {
		NAME("lower(g.name), g.id"), UPDATED("g.updated_at desc, g.id"), MEMBERS("g.member_count desc nulls last, lower(g.name), g.id"),
		NEWEST("g.created_at desc, g.id");

		final String orderBy;

		Sort(String orderBy) {
			this.orderBy = orderBy;
		}
	}

	public DirectoryQuery {
		q = q == null ? "" : q.strip();
		keyword = keyword == null ? "" : keyword.strip().toLowerCase(Locale.ROOT);
		country = country == null ? "" : country.strip();
		region = region == null ? "" : region.strip();
		sort = sort == null ? Sort.NAME : sort;
		page = Math.max(1, page);
	}

	/** A query from request parameters as typed in an address: unknown values are ignored. */
	static DirectoryQuery fromParameters(Map<String, String> parameters) {
		int page;
		try {
			page = Integer.parseInt(parameters.getOrDefault("page", "1"));
		}
		catch (NumberFormatException notANumber) {
			page = 1;
		}
		return new DirectoryQuery(parameters.get("q"), parse(GroupType.class, parameters.get("type")),
				parse(ActivityLevel.class, parameters.get("activity")), parameters.get("keyword"), parameters.get("country"),
				parameters.get("region"), "true".equals(parameters.get("archived")),
				parse(Sort.class, parameters.get("sort")), page);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value)) {
				return constant;
			}
		}
		return null;
	}

	String where(List<Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("1 = 1");
		for (String term : SearchText.fold(q).split(" ")) {
			if (!term.isEmpty()) {
				conditions.add("g.search_text like ?");
				params.add("%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
		}
		if (type != null) {
			conditions.add("g.group_type = ?");
			params.add(type.name());
		}
		if (activity != null) {
			conditions.add("g.activity = ?");
			params.add(activity.name());
		}
		else if (!archived) {
			conditions.add("g.activity <> 'ARCHIVED'");
		}
		if (!keyword.isEmpty()) {
			conditions.add("exists (select 1 from group_keyword k where k.group_id = g.id and k.keyword = ?)");
			params.add(keyword);
		}
		if (!country.isEmpty()) {
			conditions.add("lower(g.country) = lower(?)");
			params.add(country);
		}
		if (!region.isEmpty()) {
			conditions.add("lower(g.region) = lower(?)");
			params.add(region);
		}
		return String.join(" and ", conditions);
	}

	String orderBy() {
		return sort.orderBy;
	}

	/** This search's address with some parameters changed (null removes one); page 1 unless given. */
	public String with(String... nameValues) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("q", q);
		values.put("type", type == null ? "" : type.name());
		values.put("activity", activity == null ? "" : activity.name());
		values.put("keyword", keyword);
		values.put("country", country);
		values.put("region", region);
		values.put("archived", archived ? "true" : "");
		values.put("sort", sort == Sort.NAME ? "" : sort.name());
		values.put("page", "");
		for (int i = 0; i + 1 < nameValues.length; i += 2) {
			values.put(nameValues[i], nameValues[i + 1] == null ? "" : nameValues[i + 1]);
		}
		var uri = UriComponentsBuilder.fromPath("/groups");
		values.forEach((name, value) -> {
			if (!value.isEmpty()) {
				uri.queryParam(name, value);
			}
		});
		return uri.encode().build().toUriString();
	}

	/** The filters alone as a query string (no sort, no page), for the map's GeoJSON requests. */
	public String filterQuery() {
		String withFilters = with("sort", "");
		int question = withFilters.indexOf('?');
		return question < 0 ? "" : withFilters.substring(question + 1);
	}

	public boolean filtered() {
		return !q.isEmpty() || type != null || activity != null || !keyword.isEmpty() || !country.isEmpty()
				|| !region.isEmpty() || archived;
	}
}
