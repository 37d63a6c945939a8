package club.place;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import club.access.Access;
import club.access.PlaceOperation;
import club.membership.EntryRule;
import club.membership.EntryTarget;
import club.membership.EntryTargetKind;
import club.platform.security.SignedInUser;

/**
 * Membership plans as entry targets of the membership engine: the place's operators decide,
 * its current members vouch, an admitted person's membership starts.
 */
@Component
class PlanTargets implements EntryTargetKind {

	static final String KIND = "plan";

	private final Places places;
	private final Access access;

	PlanTargets(Places places, Access access) {
		this.places = places;
		this.access = access;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<PlanTarget> find(long id) {
		return places.plan(id).flatMap(plan -> places.findById(plan.placeId()).map(place -> new PlanTarget(place, plan)));
	}

	PlanTarget of(Place place, Plan plan) {
		return new PlanTarget(place, plan);
	}

	final class PlanTarget implements EntryTarget {

		private final Place place;
		private final Plan plan;

		PlanTarget(Place place, Plan plan) {
			this.place = place;
			this.plan = plan;
		}

		@Override
		public String kind() {
			return KIND;
		}

		@Override
		public long id() {
			return plan.id();
		}

		@Override
		public String name() {
			return place.name() + " — " + plan.name();
		}

		@Override
		public String path() {
			return Places.path(place);
		}

		@Override
		public EntryRule rule() {
			return plan.rule();
		}

		@Override
		public boolean isMember(long accountId) {
			return places.liveMembership(plan, accountId)
				.filter(membership -> membership.current(places.today()))
				.isPresent();
		}

		@Override
		public boolean mayDecide(Optional<SignedInUser> user) {
			return access.may(user, PlaceOperation.DECIDE_REQUESTS, place.id());
		}

		/** Those who are members of the place today, under any plan. */
		@Override
		public boolean mayVouch(Optional<SignedInUser> user) {
			return user.map(u -> places.membershipsOf(u.accountId()).stream()
				.anyMatch(membership -> membership.placeId() == place.id() && membership.current(places.today())))
				.orElse(false);
		}

		@Override
		public List<Long> deciders() {
			return access.operators(place.id());
		}

		@Override
		public void admit(long accountId, Instant at) {
			places.admit(plan, accountId, at);
		}

		@Override
		public void requested(long accountId, Instant at) {
			places.pending(plan, accountId, at);
		}

		@Override
		public void turnedDown(long accountId, Instant at) {
			places.turnedDown(plan, accountId);
		}
	}
}
