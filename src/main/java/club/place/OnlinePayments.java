package club.place;

import java.net.URI;
import java.util.Optional;

/**
 * Where a payment provider plugs in. None is integrated: operators record the payments they
 * receive. A bean implementing this (a Stripe, HelloAsso or mobile-money adapter) makes the
 * member's memberships page offer to pay online; the provider's confirmation would then call
 * {@link Places#recordPayment} the way an operator does.
 */
public interface OnlinePayments {

	/** Where to send the member to pay for that membership, if the provider can take it. */
	Optional<URI> checkout(PlaceMembership membership, Plan plan, long amountCents, String currency);
}
