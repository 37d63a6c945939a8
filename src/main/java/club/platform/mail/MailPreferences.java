package club.platform.mail;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which notifications each person receives by mail: all, until they turn some off. */
@Service
public class MailPreferences {

	private final JdbcClient jdbc;

	MailPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Set<MailTopic> turnedOff(long accountId) {
		var topics = EnumSet.noneOf(MailTopic.class);
		jdbc.sql("select topic from mail_optout where account_id = ?")
			.param(accountId)
			.query(String.class)
			.list()
			.forEach(topic -> topics.add(MailTopic.valueOf(topic)));
		return topics;
	}

	@Transactional
	public void turnOff(long accountId, Set<MailTopic> topics) {
		jdbc.sql("delete from mail_optout where account_id = ?").param(accountId).update();
		topics.forEach(topic -> jdbc.sql("insert into mail_optout (account_id, topic) values (?, ?)").params(accountId, topic.name()).update());
	}

	boolean wanted(Recipient to, String kind) {
		if (to.accountId() == null) {
			return true;
		}
		return MailTopic.of(kind)
			.map(topic -> jdbc.sql("select count(*) from mail_optout where account_id = ? and topic = ?")
				.params(to.accountId(), topic.name())
				.query(Long.class)
				.single() == 0)
			.orElse(true);
	}
}
