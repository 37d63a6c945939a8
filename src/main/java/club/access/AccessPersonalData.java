package club.access;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import club.platform.privacy.PersonalData;

/** The groups a person belongs to and the roles they hold, in groups and ecosystems. */
@Component
class AccessPersonalData implements PersonalData {

	private final AccessRepository registry;
	private final JdbcClient jdbc;

	AccessPersonalData(AccessRepository registry, JdbcClient jdbc) {
		this.registry = registry;
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "roles";
	}

	@Override
	public Map<String, Object> export(long accountId) {
		var export = new LinkedHashMap<String, Object>();
		export.put("groups", registry.groupsOf(accountId));
		export.put("ecosystems", registry.ecosystemsOf(accountId));
		export.put("placesOperated", registry.placesOperatedBy(accountId));
		return export;
	}

	/** The person leaves every group and every role: member lists no longer show them. */
	@Override
	public void erase(long accountId) {
		jdbc.sql("delete from group_member_role where account_id = ?").param(accountId).update();
		jdbc.sql("delete from group_member where account_id = ?").param(accountId).update();
		jdbc.sql("delete from ecosystem_role where account_id = ?").param(accountId).update();
		jdbc.sql("delete from place_role where account_id = ?").param(accountId).update();
	}
}
