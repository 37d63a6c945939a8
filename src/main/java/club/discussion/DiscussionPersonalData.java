package club.discussion;

import java.util.Map;

import org.springframework.stereotype.Component;

import club.platform.privacy.PersonalData;

/**
 * A person's messages. On deletion they stay in their threads, signed "former member" (a
 * discussion with holes would no longer read), and the person's follows go.
 */
@Component
class DiscussionPersonalData implements PersonalData {

	private final DiscussionRepository discussions;

	DiscussionPersonalData(DiscussionRepository discussions) {
		this.discussions = discussions;
	}

	@Override
	public String section() {
		return "discussions";
	}

	@Override
	public Map<String, Object> export(long accountId) {
		return Map.of("messages", discussions.messagesBy(accountId).stream()
			.map(message -> Map.of("thread", message.threadId(), "postedAt", message.postedAt().toString(), "body", message.body()))
			.toList());
	}

	@Override
	public void erase(long accountId) {
		discussions.forget(accountId);
	}
}
