package club.place;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import club.access.Access;
import club.access.PlaceOperation;
import club.account.Accounts;
import club.platform.ClubProperties;
import club.platform.mail.Mailer;
import club.platform.security.SignedInUser;

/** Places, their plans, memberships and payments. */
@Service
public class Places {

	private final PlaceRepository places;
	private final Access access;
	private final Accounts accounts;
	private final Mailer mailer;
	private final Clock clock;
	private final ClubProperties properties;

	Places(PlaceRepository places, Access access, Accounts accounts, Mailer mailer, Clock clock, ClubProperties properties) {
		this.places = places;
		this.access = access;
		this.accounts = accounts;
		this.mailer = mailer;
		this.clock = clock;
		this.properties = properties;
	}

	/** Today where the platform is (memberships run in whole days). */
	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), properties.timeZone());
	}

	Optional<Place> find(String slug) {
		return places.find(slug);
	}

	Optional<Place> findById(long id) {
		return places.findById(id);
	}

	List<Place> all() {
		return places.all();
	}

	boolean may(Place place, PlaceOperation operation) {
		return access.may(SignedInUser.current(), operation, place.id());
	}

	boolean slugTaken(String slug) {
		return places.slugTaken(slug);
	}

	/** Creates the place; its creator becomes its operator. */
	@Transactional
	Place create(Place place, List<Long> hostedGroups, SignedInUser creator) {
		long id = places.insert(place);
		places.hostGroups(id, hostedGroups);
		access.makeOperator(id, creator.accountId(), clock.instant());
		return places.findById(id).orElseThrow();
	}

	@Transactional
	void update(Place place, List<Long> hostedGroups) {
		places.update(place);
		places.hostGroups(place.id(), hostedGroups);
	}

	List<Long> hostedGroups(Place place) {
		return places.hostedGroups(place.id());
	}

	List<Long> operators(Place place) {
		return access.operators(place.id());
	}

	// --- plans

	List<Plan> plans(Place place) {
		return places.plans(place.id());
	}

	Optional<Plan> plan(Place place, long planId) {
		return places.plan(planId).filter(plan -> plan.placeId() == place.id());
	}

	Optional<Plan> plan(long planId) {
		return places.plan(planId);
	}

	@Transactional
	long savePlan(Plan plan) {
		if (plan.id() == 0) {
			return places.insert(plan, clock.instant());
		}
		places.update(plan);
		return plan.id();
	}

	// --- memberships

	Optional<PlaceMembership> liveMembership(Plan plan, long accountId) {
		return places.liveMembership(plan.id(), accountId);
	}

	/** A request to join the plan was sent: a pending membership shows meanwhile. */
	void pending(Plan plan, long accountId, Instant at) {
		if (places.liveMembership(plan.id(), accountId).isEmpty()) {
			places.insertMembership(plan.placeId(), plan.id(), accountId, PlaceMembership.Stored.PENDING, null, null, at);
		}
	}

	/** Admitted: the membership runs one period from today. */
	void admit(Plan plan, long accountId, Instant at) {
		LocalDate start = LocalDate.ofInstant(at, properties.timeZone());
		var live = places.liveMembership(plan.id(), accountId);
		if (live.isPresent() && live.get().stored() == PlaceMembership.Stored.PENDING) {
			places.activate(live.get().id(), start, plan.period().end(start));
		}
		else if (live.isEmpty()) {
			places.insertMembership(plan.placeId(), plan.id(), accountId, PlaceMembership.Stored.ACTIVE, start, plan.period().end(start), at);
		}
	}

	/** The request was refused or withdrawn: the pending membership is cancelled. */
	void turnedDown(Plan plan, long accountId) {
		places.liveMembership(plan.id(), accountId)
			.filter(membership -> membership.stored() == PlaceMembership.Stored.PENDING)
			.ifPresent(membership -> places.cancel(membership.id()));
	}

	List<PlaceMembership> memberships(Place place) {
		return places.memberships(place.id());
	}

	List<PlaceMembership> membershipsOf(long accountId) {
		return places.membershipsOf(accountId);
	}

	Optional<PlaceMembership> membership(Place place, long id) {
		return places.membership(id).filter(membership -> membership.placeId() == place.id());
	}

	List<Payment> payments(PlaceMembership membership) {
		return places.payments(membership.id());
	}

	/** Recorded by an operator (or, one day, by a payment provider's confirmation). */
	@Transactional
	public void recordPayment(PlaceMembership membership, long amountCents, LocalDate paidOn, Payment.Method method,
			@Nullable String reference, long recordedBy) {
		places.insertPayment(membership.id(), amountCents, paidOn, method, reference, recordedBy, clock.instant());
	}

	/** One more period, from the day after the current end (or from today when it has expired). */
	@Transactional
	void renew(PlaceMembership membership, Plan plan) {
		LocalDate today = today();
		LocalDate start = membership.endsOn() == null || membership.endsOn().isBefore(today) ? today : membership.endsOn().plusDays(1);
		places.activate(membership.id(), membership.startsOn() == null ? start : membership.startsOn(), plan.period().end(start));
	}

	@Transactional
	void cancel(PlaceMembership membership) {
		places.cancel(membership.id());
	}

	/** Every payment of the place's memberships, oldest first. */
	List<Payment> placePayments(Place place) {
		return places.placePayments(place.id());
	}

	/** Revenue per month, oldest first, from the payments recorded. */
	Map<YearMonth, Long> revenueByMonth(Place place) {
		var months = new TreeMap<YearMonth, Long>();
		places.placePayments(place.id()).forEach(payment -> months.merge(YearMonth.from(payment.paidOn()), payment.amountCents(), Long::sum));
		return months;
	}

	/**
	 * Reminds the members whose membership is expiring ({@link PlaceMembership#state}), once
	 * per period; returns how many were reminded.
	 */
	@Transactional
	int remindExpiring() {
		LocalDate today = today();
		int count = 0;
		for (PlaceMembership membership : places.toRemind(today.plusDays(PlaceMembership.EXPIRING_DAYS))) {
			var place = places.findById(membership.placeId());
			var plan = places.plan(membership.planId());
			if (membership.state(today) != PlaceMembership.State.EXPIRING) {
				continue;
			}
			if (membership.accountId() != null && place.isPresent() && plan.isPresent()) {
				String path = "/my/memberships";
				accounts.recipients(List.of(membership.accountId()))
					.forEach(member -> mailer.send(member, "placeMembershipExpiring", path, place.get().name(), plan.get().name(),
							java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(member.locale())
								.format(membership.endsOn())));
				count++;
			}
			places.reminded(membership.id(), clock.instant());
		}
		return count;
	}

	static String path(Place place) {
		return UriComponentsBuilder.fromPath("/p/{slug}").buildAndExpand(place.slug()).encode().toUriString();
	}
}
