package club.platform.privacy;

import java.util.Map;

/**
 * Every module that keeps data about a person implements this, so that "download my data"
 * and "delete my account" (RGPD rights) cover the whole platform. Deletion runs in the
 * account-deletion transaction: it either all happens or not at all.
 */
public interface PersonalData {

	/** A short name for this module's section of the export, e.g. "mails". */
	String section();

	/** What this module holds about the account, as JSON-serializable values. */
	Map<String, Object> export(long accountId);

	/** Removes or anonymizes what this module holds about the account. */
	void erase(long accountId);
}
