package club.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** What other modules may ask about accounts. */
@Service
public class Accounts {

	/** A person as other modules show them. */
	public record Person(long id, UUID publicId, String displayName) {
	}

	private final AccountRepository accounts;

	Accounts(AccountRepository accounts) {
		this.accounts = accounts;
	}

	public Optional<Person> find(long accountId) {
		return accounts.findById(accountId).map(account -> new Person(account.id(), account.publicId(), account.displayName()));
	}
}
