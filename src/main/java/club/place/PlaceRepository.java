package club.place;

import static club.platform.Timestamps.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import club.membership.EntryProcess;
import club.membership.EntryRule;
import club.platform.web.ContentVersion;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class PlaceRepository {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ContentVersion contentVersion;

	PlaceRepository(JdbcClient jdbc, JsonMapper json, ContentVersion contentVersion) {
		this.jdbc = jdbc;
		this.json = json;
		this.contentVersion = contentVersion;
	}

	// --- places

	long insert(Place place) {
		contentVersion.changed();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into place (slug, name, tagline, description, address, latitude, longitude, place_values, services, currency,
				  created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(place.slug(), place.name(), place.tagline(), place.description(), place.address(), place.latitude(), place.longitude(),
					json.writeValueAsString(place.values()), json.writeValueAsString(place.services()), place.currency(),
					utc(place.createdAt()), utc(place.updatedAt()))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void update(Place place) {
		contentVersion.changed();
		jdbc.sql("""
				update place set name = ?, tagline = ?, description = ?, address = ?, latitude = ?, longitude = ?, place_values = ?,
				  services = ?, currency = ?, updated_at = ?
				where id = ?""")
			.params(place.name(), place.tagline(), place.description(), place.address(), place.latitude(), place.longitude(),
					json.writeValueAsString(place.values()), json.writeValueAsString(place.services()), place.currency(),
					utc(place.updatedAt()), place.id())
			.update();
	}

	boolean slugTaken(String slug) {
		return jdbc.sql("select count(*) from place where slug = ?").param(slug).query(Long.class).single() > 0;
	}

	Optional<Place> find(String slug) {
		return jdbc.sql("select * from place where slug = ?").param(slug).query(this::placeRow).optional();
	}

	Optional<Place> findById(long id) {
		return jdbc.sql("select * from place where id = ?").param(id).query(this::placeRow).optional();
	}

	List<Place> all() {
		return jdbc.sql("select * from place order by name").query(this::placeRow).list();
	}

	void hostGroups(long placeId, List<Long> groupIds) {
		contentVersion.changed();
		jdbc.sql("delete from place_group where place_id = ?").param(placeId).update();
		groupIds.stream().distinct().forEach(groupId -> jdbc.sql("insert into place_group (place_id, group_id) values (?, ?)")
			.params(placeId, groupId)
			.update());
	}

	List<Long> hostedGroups(long placeId) {
		return jdbc.sql("select group_id from place_group where place_id = ? order by group_id").param(placeId).query(Long.class).list();
	}

	// --- plans

	long insert(Plan plan, Instant at) {
		contentVersion.changed();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into place_plan (place_id, name, price_cents, period, services, process, vouches_needed, questions, active, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(plan.placeId(), plan.name(), plan.priceCents(), plan.period().name(), json.writeValueAsString(plan.services()),
					plan.rule().process().name(), plan.rule().vouchesNeeded(), json.writeValueAsString(plan.rule().questions()),
					plan.active(), utc(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void update(Plan plan) {
		contentVersion.changed();
		jdbc.sql("""
				update place_plan set name = ?, price_cents = ?, period = ?, services = ?, process = ?, vouches_needed = ?, questions = ?,
				  active = ?
				where id = ?""")
			.params(plan.name(), plan.priceCents(), plan.period().name(), json.writeValueAsString(plan.services()),
					plan.rule().process().name(), plan.rule().vouchesNeeded(), json.writeValueAsString(plan.rule().questions()),
					plan.active(), plan.id())
			.update();
	}

	Optional<Plan> plan(long id) {
		return jdbc.sql("select * from place_plan where id = ?").param(id).query(this::planRow).optional();
	}

	List<Plan> plans(long placeId) {
		return jdbc.sql("select * from place_plan where place_id = ? order by price_cents, id").param(placeId).query(this::planRow).list();
	}

	// --- memberships

	long insertMembership(long placeId, long planId, long accountId, PlaceMembership.Stored state, @Nullable LocalDate starts,
			@Nullable LocalDate ends, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into place_membership (place_id, plan_id, account_id, state, starts_on, ends_on, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(placeId, planId, accountId, state.name(), date(starts), date(ends), utc(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** The person's membership of that plan that is pending or active, if any. */
	Optional<PlaceMembership> liveMembership(long planId, long accountId) {
		return jdbc.sql("select * from place_membership where plan_id = ? and account_id = ? and state in ('PENDING', 'ACTIVE') order by id desc")
			.params(planId, accountId)
			.query(this::membershipRow)
			.list()
			.stream()
			.findFirst();
	}

	Optional<PlaceMembership> membership(long id) {
		return jdbc.sql("select * from place_membership where id = ?").param(id).query(this::membershipRow).optional();
	}

	void activate(long id, LocalDate starts, LocalDate ends) {
		jdbc.sql("update place_membership set state = 'ACTIVE', starts_on = ?, ends_on = ?, reminded_at = null where id = ?")
			.params(date(starts), date(ends), id)
			.update();
	}

	void cancel(long id) {
		jdbc.sql("update place_membership set state = 'CANCELLED' where id = ?").param(id).update();
	}

	List<PlaceMembership> memberships(long placeId) {
		return jdbc.sql("select * from place_membership where place_id = ? order by created_at desc, id desc")
			.param(placeId)
			.query(this::membershipRow)
			.list();
	}

	List<PlaceMembership> membershipsOf(long accountId) {
		return jdbc.sql("select * from place_membership where account_id = ? order by created_at desc, id desc")
			.param(accountId)
			.query(this::membershipRow)
			.list();
	}

	/** Active memberships ending by that day whose member was not reminded yet. */
	List<PlaceMembership> toRemind(LocalDate endingBy) {
		return jdbc.sql("select * from place_membership where state = 'ACTIVE' and reminded_at is null and ends_on <= ? order by id")
			.param(date(endingBy))
			.query(this::membershipRow)
			.list();
	}

	void reminded(long id, Instant at) {
		jdbc.sql("update place_membership set reminded_at = ? where id = ?").params(utc(at), id).update();
	}

	/** Deletion of an account: its memberships stay for the operator's accounts, without the person. */
	void forget(long accountId) {
		jdbc.sql("update place_membership set account_id = null where account_id = ?").param(accountId).update();
	}

	// --- payments

	void insertPayment(long membershipId, long amountCents, LocalDate paidOn, Payment.Method method, @Nullable String reference,
			long recordedBy, Instant at) {
		jdbc.sql("""
				insert into place_payment (membership_id, amount_cents, paid_on, method, reference, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(membershipId, amountCents, date(paidOn), method.name(), reference, recordedBy, utc(at))
			.update();
	}

	List<Payment> payments(long membershipId) {
		return jdbc.sql("select * from place_payment where membership_id = ? order by paid_on, id")
			.param(membershipId)
			.query((rs, row) -> new Payment(rs.getLong("id"), membershipId, rs.getLong("amount_cents"), rs.getDate("paid_on").toLocalDate(),
					Payment.Method.valueOf(rs.getString("method")), rs.getString("reference")))
			.list();
	}

	/** Payments of the place's memberships: the operator's revenue, month by month. */
	List<Payment> placePayments(long placeId) {
		return jdbc.sql("""
				select p.* from place_payment p join place_membership m on m.id = p.membership_id
				where m.place_id = ? order by p.paid_on, p.id""")
			.param(placeId)
			.query((rs, row) -> new Payment(rs.getLong("id"), rs.getLong("membership_id"), rs.getLong("amount_cents"),
					rs.getDate("paid_on").toLocalDate(), Payment.Method.valueOf(rs.getString("method")), rs.getString("reference")))
			.list();
	}

	private Place placeRow(ResultSet rs, int row) throws SQLException {
		return new Place(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("tagline"), rs.getString("description"),
				rs.getString("address"), (Double) rs.getObject("latitude", Double.class), (Double) rs.getObject("longitude", Double.class),
				strings(rs.getString("place_values")), strings(rs.getString("services")), rs.getString("currency"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private Plan planRow(ResultSet rs, int row) throws SQLException {
		return new Plan(rs.getLong("id"), rs.getLong("place_id"), rs.getString("name"), rs.getLong("price_cents"),
				Plan.Period.valueOf(rs.getString("period")), strings(rs.getString("services")),
				new EntryRule(EntryProcess.valueOf(rs.getString("process")), rs.getInt("vouches_needed"), strings(rs.getString("questions"))),
				rs.getBoolean("active"));
	}

	private PlaceMembership membershipRow(ResultSet rs, int row) throws SQLException {
		Date starts = rs.getDate("starts_on");
		Date ends = rs.getDate("ends_on");
		return new PlaceMembership(rs.getLong("id"), rs.getLong("place_id"), rs.getLong("plan_id"),
				(Long) rs.getObject("account_id", Long.class), PlaceMembership.Stored.valueOf(rs.getString("state")),
				starts == null ? null : starts.toLocalDate(), ends == null ? null : ends.toLocalDate());
	}

	private List<String> strings(@Nullable String stored) {
		return stored == null || stored.isBlank() ? List.of() : json.readValue(stored, STRINGS);
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
