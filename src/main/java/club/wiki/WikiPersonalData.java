package club.wiki;

import java.util.Map;

import org.springframework.stereotype.Component;

import club.platform.privacy.PersonalData;

/**
 * The revisions a person wrote (which page, when, their comment). When their account goes, the
 * revisions stay, unsigned: the pages belong to their groups, and show « former member ».
 */
@Component
class WikiPersonalData implements PersonalData {

	private final WikiRepository wikis;

	WikiPersonalData(WikiRepository wikis) {
		this.wikis = wikis;
	}

	@Override
	public String section() {
		return "wiki";
	}

	@Override
	public Map<String, Object> export(long accountId) {
		return Map.of("revisions", wikis.writtenBy(accountId));
	}

	@Override
	public void erase(long accountId) {
		wikis.forget(accountId);
	}
}
