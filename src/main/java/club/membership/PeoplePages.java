package club.membership;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.access.Access;
import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.markdown.Markdown;
import club.platform.security.SignedInUser;

/** A member's public page, with the groups they belong to shown to the audience they chose. */
@Controller
class PeoplePages {

	private final Accounts accounts;
	private final Access access;
	private final GroupDirectory directory;
	private final Markdown markdown;
	private final MembershipRepository repository;

	PeoplePages(Accounts accounts, Access access, GroupDirectory directory, Markdown markdown, MembershipRepository repository) {
		this.accounts = accounts;
		this.access = access;
		this.directory = directory;
		this.markdown = markdown;
		this.repository = repository;
	}

	@GetMapping("/people/{publicId}")
	String show(@PathVariable String publicId, Model model) {
		var profile = parse(publicId).flatMap(accounts::profile).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var viewer = SignedInUser.current();
		GroupsAudience audience = repository.groupsAudience(profile.accountId());
		boolean self = viewer.map(user -> user.accountId() == profile.accountId()).orElse(false);
		boolean seesGroups = self || audience == GroupsAudience.PUBLIC
				|| (audience == GroupsAudience.SHARED_GROUPS && viewer.map(user -> access.shareAGroup(user.accountId(), profile.accountId()))
					.orElse(false));
		List<Group> groups = seesGroups
				? access.groupsOf(profile.accountId()).stream().flatMap(m -> directory.findById(m.groupId()).stream()).toList() : List.of();
		model.addAttribute("profile", profile);
		model.addAttribute("bio", markdown.render(Objects.requireNonNullElse(profile.bio(), "")));
		model.addAttribute("groups", groups);
		model.addAttribute("seesGroups", seesGroups);
		model.addAttribute("self", self);
		model.addAttribute("audience", audience.name());
		return "membership/person";
	}

	@PostMapping("/my/groups/audience")
	String chooseAudience(@RequestParam(defaultValue = "") String audience, RedirectAttributes redirect) {
		long accountId = SignedInUser.current().orElseThrow().accountId();
		GroupsAudience chosen;
		try {
			chosen = GroupsAudience.valueOf(audience);
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		repository.chooseGroupsAudience(accountId, chosen);
		return JoinForms.flash(redirect, "membership.audience.saved", "/my/groups");
	}

	private static java.util.Optional<UUID> parse(String publicId) {
		try {
			return java.util.Optional.of(UUID.fromString(publicId));
		}
		catch (IllegalArgumentException notAnId) {
			return java.util.Optional.empty();
		}
	}
}
