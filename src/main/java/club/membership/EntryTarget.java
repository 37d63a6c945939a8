package club.membership;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import club.platform.security.SignedInUser;

/**
 * What one asks to join: a group here, a place's membership plan in the place module. The
 * entry engine ({@link Memberships}) runs requests the same way for all; the target says who
 * decides and vouches, and what happens once someone is admitted.
 */
public interface EntryTarget {

	/** "group", "plan"…: with the id, what an entry request points to. */
	String kind();

	long id();

	/** The name shown in pages and mails. */
	String name();

	/** The address of its page. */
	String path();

	EntryRule rule();

	boolean isMember(long accountId);

	/** Who decides requests: a group's organizers, a place's operators. */
	boolean mayDecide(Optional<SignedInUser> user);

	/** Who may vouch in a co-optation. */
	boolean mayVouch(Optional<SignedInUser> user);

	/** The accounts told of a new request or an interview slot chosen. */
	List<Long> deciders();

	/** The person is in (request accepted, open target joined, invitation followed). */
	void admit(long accountId, Instant at);

	/** A request was sent: a place shows a pending membership meanwhile. */
	default void requested(long accountId, Instant at) {
	}

	/** A request ended without admission (refused or withdrawn). */
	default void turnedDown(long accountId, Instant at) {
	}
}
