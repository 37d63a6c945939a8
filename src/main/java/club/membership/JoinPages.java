package club.membership;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.security.SignedInUser;

/** Joining a group (through its entry process), following an invitation, and leaving. */
@Controller
class JoinPages {

	private final Memberships memberships;
	private final GroupDirectory directory;
	private final JoinForms joinForms;

	JoinPages(Memberships memberships, GroupDirectory directory, JoinForms joinForms) {
		this.memberships = memberships;
		this.directory = directory;
		this.joinForms = joinForms;
	}

	@GetMapping("/g/{slug}/join")
	String joinForm(@PathVariable String slug, Model model) {
		Group group = group(directory, slug);
		return joinForms.show(memberships.target(group), "/g/" + group.slug() + "/join", model);
	}

	@PostMapping("/g/{slug}/join")
	String join(@PathVariable String slug, @RequestParam(defaultValue = "") String message,
			@RequestParam(name = "answer", required = false) List<String> answers, @RequestParam(defaultValue = "") String vouchers,
			Model model, RedirectAttributes redirect, HttpServletResponse response, java.util.Locale locale) {
		Group group = group(directory, slug);
		return joinForms.submit(memberships.target(group), "/g/" + group.slug() + "/join", message,
				answers == null ? List.of() : answers, vouchers, model, redirect, response, locale);
	}

	@GetMapping("/g/{slug}/leave")
	String leaveForm(@PathVariable String slug, Model model) {
		Group group = group(directory, slug);
		if (!memberships.isMember(group, SignedInUser.current().orElseThrow().accountId())) {
			return "redirect:" + Memberships.groupPath(group);
		}
		model.addAttribute("group", group);
		model.addAttribute("lastAdmin", false);
		return "membership/leave";
	}

	@PostMapping("/g/{slug}/leave")
	String leave(@PathVariable String slug, Model model, RedirectAttributes redirect) {
		Group group = group(directory, slug);
		return switch (memberships.leave(group, SignedInUser.current().orElseThrow())) {
			case LEFT -> JoinForms.flash(redirect, "membership.left", Memberships.groupPath(group));
			case NOT_A_MEMBER -> "redirect:" + Memberships.groupPath(group);
			case LAST_ADMIN -> {
				model.addAttribute("group", group);
				model.addAttribute("lastAdmin", true);
				yield "membership/leave";
			}
		};
	}

	/** Anyone with the link sees the invitation; joining needs an account (the login comes back here). */
	@GetMapping("/invitations/{token}")
	String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
		var invitation = memberships.invitation(token);
		var state = memberships.state(invitation);
		model.addAttribute("state", state.name());
		model.addAttribute("token", token);
		model.addAttribute("group", invitation.flatMap(i -> directory.findById(i.groupId())).orElse(null));
		if (state != Memberships.InvitationState.VALID) {
			response.setStatus(state == Memberships.InvitationState.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		}
		return "membership/invitation";
	}

	/** Needs an account: the login page comes first, then the visitor is back on the invitation. */
	@GetMapping("/invitations/{token}/sign-in")
	String signInForInvitation(@PathVariable String token) {
		return "redirect:/invitations/" + token;
	}

	@PostMapping("/invitations/{token}")
	String acceptInvitation(@PathVariable String token, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var invitation = memberships.invitation(token);
		Optional<Group> group = invitation.flatMap(i -> directory.findById(i.groupId()));
		if (memberships.state(invitation) != Memberships.InvitationState.VALID || group.isEmpty()
				|| !memberships.accept(invitation.get(), group.get(), SignedInUser.current().orElseThrow())) {
			return invitation(token, model, response);
		}
		return JoinForms.flash(redirect, "membership.joined", Memberships.groupPath(group.get()));
	}

	static Group group(GroupDirectory directory, String slug) {
		return directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
