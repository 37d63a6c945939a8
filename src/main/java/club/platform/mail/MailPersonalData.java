package club.platform.mail;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import club.platform.privacy.PersonalData;

/** The mails sent to a person are part of their data. */
@Component
class MailPersonalData implements PersonalData {

	private final MailOutbox outbox;
	private final MailPreferences preferences;

	MailPersonalData(MailOutbox outbox, MailPreferences preferences) {
		this.outbox = outbox;
		this.preferences = preferences;
	}

	@Override
	public String section() {
		return "mails";
	}

	@Override
	public Map<String, Object> export(long accountId) {
		var mails = outbox.forAccount(accountId).stream().map(mail -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("subject", mail.subject());
			row.put("to", mail.recipient());
			row.put("createdAt", mail.createdAt().toString());
			row.put("status", mail.status().name());
			row.put("text", mail.textBody());
			return row;
		}).toList();
		return Map.of("sent", mails, "notificationsTurnedOff", preferences.turnedOff(accountId));
	}

	@Override
	public void erase(long accountId) {
		outbox.deleteForAccount(accountId);
		preferences.turnOff(accountId, java.util.Set.of());
	}
}
