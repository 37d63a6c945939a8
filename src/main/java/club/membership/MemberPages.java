package club.membership;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.access.Access;
import club.access.Audience;
import club.access.GroupOperation;
import club.access.GroupRole;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;

/** A group's member list and roles, its entry settings, its invitations; and a member's own groups. */
@Controller
class MemberPages {

	static final int MAX_INVITATIONS_AT_ONCE = 50;

	private final Memberships memberships;
	private final GroupDirectory directory;
	private final Access access;
	private final MessageSource messages;
	private final Suggestions suggestions;
	private final MembershipRepository repository;

	MemberPages(Memberships memberships, GroupDirectory directory, Access access, MessageSource messages, Suggestions suggestions,
			MembershipRepository repository) {
		this.suggestions = suggestions;
		this.repository = repository;
		this.memberships = memberships;
		this.directory = directory;
		this.access = access;
		this.messages = messages;
	}

	/** Shown to the audience the group chose: everyone, its members, or its organizers. */
	@GetMapping("/g/{slug}/members")
	String members(@PathVariable String slug, Model model) {
		Group group = JoinPages.group(directory, slug);
		var user = SignedInUser.current();
		if (!access.sees(user, group.id(), memberships.settings(group).memberList())) {
			if (user.isEmpty()) {
				return "redirect:/login";
			}
			throw new AccessDeniedException("Member list of " + slug);
		}
		var members = access.members(group.id());
		model.addAttribute("group", group);
		model.addAttribute("members", members);
		model.addAttribute("names", memberships.names(members.stream().map(Access.Member::accountId).toList()));
		model.addAttribute("publicIds", memberships.publicIds(members.stream().map(Access.Member::accountId).toList()));
		model.addAttribute("manageRoles", access.may(user, GroupOperation.MANAGE_ROLES, group.id()));
		model.addAttribute("remove", access.may(user, GroupOperation.REMOVE_MEMBER, group.id()));
		model.addAttribute("me", user.map(SignedInUser::accountId).orElse(0L));
		model.addAttribute("roles", List.of(GroupRole.values()));
		return "membership/members";
	}

	/** The roles checked in the form replace the member's roles. */
	@PostMapping("/g/{slug}/members/roles")
	String roles(@PathVariable String slug, @RequestParam long member, @RequestParam(name = "role", required = false) List<String> checked,
			RedirectAttributes redirect) {
		Group group = JoinPages.group(directory, slug);
		var by = SignedInUser.current().orElseThrow();
		if (!access.may(Optional.of(by), GroupOperation.MANAGE_ROLES, group.id())) {
			throw new AccessDeniedException("Roles of " + slug);
		}
		var wanted = EnumSet.noneOf(GroupRole.class);
		if (checked != null) {
			for (String role : checked) {
				try {
					wanted.add(GroupRole.valueOf(role));
				}
				catch (IllegalArgumentException unknown) {
					// a forged role name changes nothing
				}
			}
		}
		var current = access.roles(group.id(), member);
		boolean refused = false;
		for (GroupRole role : GroupRole.values()) {
			if (wanted.contains(role) != current.contains(role)
					&& memberships.setRole(group, member, role, wanted.contains(role), by) != Memberships.Outcome.DONE) {
				refused = true;
			}
		}
		return JoinForms.flash(redirect, refused ? "membership.roles.lastAdmin" : "membership.roles.saved", membersPath(group));
	}

	@PostMapping("/g/{slug}/members/remove")
	String remove(@PathVariable String slug, @RequestParam long member, RedirectAttributes redirect) {
		Group group = JoinPages.group(directory, slug);
		return switch (memberships.remove(group, member, SignedInUser.current().orElseThrow())) {
			case DONE, ALREADY_DECIDED -> JoinForms.flash(redirect, "membership.removed", membersPath(group));
			case INVALID -> JoinForms.flash(redirect, "membership.roles.lastAdmin", membersPath(group));
			case NOT_ALLOWED -> throw new AccessDeniedException("May not remove members of " + slug);
		};
	}

	@GetMapping("/g/{slug}/settings/entry")
	String settingsForm(@PathVariable String slug, Model model) {
		Group group = settingsGroup(slug);
		EntrySettings settings = memberships.settings(group);
		EntryRule rule = settings.rule();
		return settingsPage(model, group, rule.process().name(), Integer.toString(rule.vouchesNeeded()),
				String.join("\n", rule.questions()), settings.memberList().name(), group.membersManaged(), FormErrors.NONE);
	}

	@PostMapping("/g/{slug}/settings/entry")
	String saveSettings(@PathVariable String slug, @RequestParam(defaultValue = "") String process,
			@RequestParam(defaultValue = "") String vouches, @RequestParam(defaultValue = "") String questions,
			@RequestParam(defaultValue = "") String memberList, @RequestParam(defaultValue = "") String counted, Model model,
			RedirectAttributes redirect, Locale locale) {
		Group group = settingsGroup(slug);
		var errors = new LinkedHashMap<String, String>();
		EntryProcess chosen = parse(EntryProcess.class, process);
		Audience audience = parse(Audience.class, memberList);
		if (chosen == null) {
			errors.put("process", messages.getMessage("membership.settings.process.required", null, locale));
		}
		if (audience == null) {
			errors.put("memberList", messages.getMessage("membership.settings.memberList.required", null, locale));
		}
		var rule = chosen == null ? null : EntryRules.check(chosen, vouches, questions, memberships.settings(group).rule(), errors,
				messages, locale);
		if (!errors.isEmpty()) {
			return settingsPage(model, group, process, vouches, questions, memberList, "true".equals(counted), FormErrors.of(errors));
		}
		memberships.save(new EntrySettings(group.id(), rule, audience));
		if ("true".equals(counted) != group.membersManaged()) {
			directory.countMembersHere(group, "true".equals(counted));
		}
		return JoinForms.flash(redirect, "membership.settings.saved", Memberships.groupPath(group));
	}

	@GetMapping("/g/{slug}/invitations")
	String invitations(@PathVariable String slug, Model model) {
		return invitationsPage(model, invitingGroup(slug), "", FormErrors.NONE);
	}

	@PostMapping("/g/{slug}/invitations")
	String invite(@PathVariable String slug, @RequestParam(defaultValue = "") String emails, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		Group group = invitingGroup(slug);
		List<String> addresses = JoinForms.emails(emails);
		List<String> invalid = addresses.stream().filter(email -> !Emails.valid(email)).toList();
		if (addresses.isEmpty() || addresses.size() > MAX_INVITATIONS_AT_ONCE || !invalid.isEmpty()) {
			String message = invalid.isEmpty()
					? messages.getMessage("membership.invite.count", new Object[] { MAX_INVITATIONS_AT_ONCE }, locale)
					: messages.getMessage("membership.invite.invalid", new Object[] { String.join(", ", invalid) }, locale);
			return invitationsPage(model, group, emails, FormErrors.of(Map.of("emails", message)));
		}
		return switch (memberships.invite(group, addresses, SignedInUser.current().orElseThrow(), locale)) {
			case Memberships.Inviting.Sent sent -> {
				redirect.addFlashAttribute("invited", sent.count());
				yield JoinForms.flash(redirect, "membership.invite.sent", "/g/" + group.slug() + "/invitations");
			}
			case Memberships.Inviting.TooMany tooMany -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader("Retry-After", String.valueOf(tooMany.retryAfter().toSeconds() + 1));
				yield invitationsPage(model, group, emails, FormErrors.of(Map.of("emails",
						messages.getMessage("membership.invite.tooMany", new Object[] { tooMany.sent() }, locale))));
			}
		};
	}

	/** A member's dashboard: their groups and roles, their requests, what waits for them. */
	@GetMapping("/my/groups")
	String myGroups(Model model) {
		var user = SignedInUser.current().orElseThrow();
		var groups = new ArrayList<Map.Entry<Group, Access.Membership>>();
		access.groupsOf(user.accountId())
			.forEach(membership -> directory.findById(membership.groupId()).ifPresent(group -> groups.add(Map.entry(group, membership))));
		var requests = new ArrayList<Map.Entry<EntryRequest, EntryTarget>>();
		memberships.requestsOf(user.accountId())
			.forEach(request -> memberships.target(request).ifPresent(target -> requests.add(Map.entry(request, target))));
		var toVouch = new ArrayList<Map.Entry<EntryRequest, EntryTarget>>();
		memberships.askedToVouch(user.accountId())
			.forEach(request -> memberships.target(request).ifPresent(target -> toVouch.add(Map.entry(request, target))));
		model.addAttribute("groups", groups);
		model.addAttribute("requests", requests);
		model.addAttribute("toVouch", toVouch);
		model.addAttribute("toDecide", memberships.requestsToDecide(user.accountId()));
		model.addAttribute("suggestions", suggestions.forMember(user.accountId()));
		model.addAttribute("audience", repository.groupsAudience(user.accountId()).name());
		model.addAttribute("publicId", user.publicId());
		model.addAttribute("names", memberships.names(toVouch.stream().map(entry -> entry.getKey().accountId())
			.filter(java.util.Objects::nonNull).toList()));
		return "membership/my-groups";
	}

	private String settingsPage(Model model, Group group, String process, String vouches, String questions, String memberList,
			boolean counted, FormErrors errors) {
		model.addAttribute("group", group);
		model.addAttribute("counted", counted);
		model.addAttribute("process", process);
		model.addAttribute("vouches", vouches);
		model.addAttribute("questions", questions);
		model.addAttribute("memberList", memberList);
		model.addAttribute("errors", errors);
		return "membership/settings";
	}

	private String invitationsPage(Model model, Group group, String emails, FormErrors errors) {
		model.addAttribute("group", group);
		model.addAttribute("emails", emails);
		model.addAttribute("errors", errors);
		model.addAttribute("invitations", memberships.invitations(group));
		model.addAttribute("states", memberships.invitations(group).stream()
			.collect(java.util.stream.Collectors.toMap(Invitation::id, invitation -> memberships.state(Optional.of(invitation)).name())));
		return "membership/invitations";
	}

	private Group settingsGroup(String slug) {
		Group group = JoinPages.group(directory, slug);
		if (!access.may(SignedInUser.current(), GroupOperation.EDIT_SETTINGS, group.id())) {
			throw new AccessDeniedException("Settings of " + slug);
		}
		return group;
	}

	private Group invitingGroup(String slug) {
		Group group = JoinPages.group(directory, slug);
		if (!access.may(SignedInUser.current(), GroupOperation.INVITE, group.id())) {
			throw new AccessDeniedException("Invitations of " + slug);
		}
		return group;
	}

	private static String membersPath(Group group) {
		return "/g/" + group.slug() + "/members";
	}

	private static <E extends Enum<E>> @org.jspecify.annotations.Nullable E parse(Class<E> type, String name) {
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
