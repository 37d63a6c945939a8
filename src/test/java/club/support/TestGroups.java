package club.support;

import java.util.Locale;
import java.util.UUID;

import club.access.Access;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.directory.GroupForm;
import club.directory.GroupType;

/** Groups written straight through the directory, for tests whose subject is not creating one. */
public class TestGroups {

	private final GroupDirectory directory;
	private final Access access;
	private final MutableClock clock;

	TestGroups(GroupDirectory directory, Access access, MutableClock clock) {
		this.directory = directory;
		this.access = access;
		this.clock = clock;
	}

	/** A new active group whose address starts with {@code prefix}, administered by the account, with these members. */
	public Group create(String prefix, String tagline, long adminId, long... memberIds) {
		String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		directory.importGroup(GroupForm.of("Groupe " + slug, tagline, GroupType.THEMATIC, slug, ""), null, false, Locale.FRENCH);
		Group group = directory.find(slug).orElseThrow();
		access.makeCreatorAdmin(group.id(), adminId, clock.instant());
		for (long member : memberIds) {
			access.addMember(group.id(), member, clock.instant());
		}
		return group;
	}
}
