package club.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import club.directory.GroupDirectory;
import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestMembers;

/** Granting roles: making a group's creator its admin is idempotent, even twice in one transaction. */
@ClubTest
class AccessGrantTests {

	@Autowired
	Access access;

	@Autowired
	TestMembers members;

	@Autowired
	GroupDirectory directory;

	@Autowired
	MutableClock clock;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void makingTheSamePersonAdminTwiceInOneTransactionGrantsOnce() {
		var awa = members.member("Awa", "10.151.1.1");
		String slug = "ac-" + UUID.randomUUID().toString().substring(0, 8);
		awa.post("/groups", "name", "Groupe " + slug, "tagline", "Des curieux", "type", "THEMATIC", "slug", slug, "activity", "ACTIVE");
		long groupId = directory.find(slug).orElseThrow().id();
		long camille = members.accountId(members.member("Camille", "10.151.1.2").email());

		transaction.executeWithoutResult(status -> {
			access.makeCreatorAdmin(groupId, camille, clock.instant());
			access.makeCreatorAdmin(groupId, camille, clock.instant());
		});

		assertThat(access.roles(groupId, camille)).containsExactly(GroupRole.ADMIN);
		assertThat(access.members(groupId).stream().filter(member -> member.accountId() == camille)).hasSize(1);
	}
}
