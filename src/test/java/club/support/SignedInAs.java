package club.support;

import java.util.UUID;

import club.platform.security.SignedInUser;

/** A signed-in person for calling services directly, as the pages would for that account. */
public record SignedInAs(long accountId) implements SignedInUser {

	@Override
	public UUID publicId() {
		return new UUID(0, accountId);
	}

	@Override
	public String displayName() {
		return "account " + accountId;
	}

	@Override
	public boolean platformAdmin() {
		return false;
	}
}
