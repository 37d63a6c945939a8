package club.membership;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import club.account.Accounts;
import club.platform.privacy.PersonalData;

/**
 * A person's requests to join groups (with their answers) and the invitations sent to them.
 * On deletion the requests stay in the groups' history without the person ("former member").
 */
@Component
class MembershipPersonalData implements PersonalData {

	private final MembershipRepository repository;
	private final Accounts accounts;

	MembershipPersonalData(MembershipRepository repository, Accounts accounts) {
		this.repository = repository;
		this.accounts = accounts;
	}

	@Override
	public String section() {
		return "membership";
	}

	@Override
	public Map<String, Object> export(long accountId) {
		var export = new LinkedHashMap<String, Object>();
		export.put("requests", repository.requestsOf(accountId));
		export.put("groupsShownTo", repository.groupsAudience(accountId));
		accounts.recipients(java.util.List.of(accountId))
			.forEach(person -> export.put("invitations", repository.invitationsTo(person.email())));
		return export;
	}

	@Override
	public void erase(long accountId) {
		repository.forget(accountId);
	}
}
