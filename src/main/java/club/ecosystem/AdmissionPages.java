package club.ecosystem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import club.access.Access;
import club.access.GroupOperation;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.security.SignedInUser;
import club.platform.web.Page;

/**
 * Moderated ecosystems: a group's admin applies, attesting each rule of the charter; a steward
 * accepts, or refuses with a reason.
 */
@Controller
class AdmissionPages {

	private final Ecosystems ecosystems;
	private final GroupDirectory directory;
	private final Access access;

	AdmissionPages(Ecosystems ecosystems, GroupDirectory directory, Access access) {
		this.access = access;
		this.ecosystems = ecosystems;
		this.directory = directory;
	}

	@GetMapping("/e/{keyword}/apply")
	String applyForm(@PathVariable String keyword, @RequestParam String group, Model model) {
		Ecosystem ecosystem = moderated(keyword);
		model.addAttribute("ecosystem", ecosystem);
		model.addAttribute("group", candidate(ecosystem, group));
		model.addAttribute("missing", false);
		return "ecosystem/apply";
	}

	@PostMapping("/e/{keyword}/apply")
	String apply(@PathVariable String keyword, @RequestParam String group,
			@RequestParam(name = "rule", required = false) List<Integer> rules, Model model, RedirectAttributes redirect) {
		Ecosystem ecosystem = moderated(keyword);
		Group candidate = candidate(ecosystem, group);
		int count = ecosystem.rules().size();
		boolean allAttested = rules != null && rules.stream().distinct().filter(rule -> rule >= 0 && rule < count).count() == count;
		if (!allAttested) {
			model.addAttribute("ecosystem", ecosystem);
			model.addAttribute("group", candidate);
			model.addAttribute("missing", true);
			return "ecosystem/apply";
		}
		ecosystems.apply(ecosystem, candidate, SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, "admission.applied");
		return "redirect:/g/" + candidate.slug();
	}

	@GetMapping("/e/{keyword}/admissions")
	String queue(@PathVariable String keyword, Model model) {
		Ecosystem ecosystem = stewarded(keyword);
		List<Admission> pending = ecosystems.pending(ecosystem);
		Map<Long, Group> groups = new HashMap<>();
		pending.forEach(admission -> directory.findById(admission.groupId()).ifPresent(group -> groups.put(group.id(), group)));
		model.addAttribute("ecosystem", ecosystem);
		model.addAttribute("pending", pending.stream().filter(admission -> groups.containsKey(admission.groupId())).toList());
		model.addAttribute("groups", groups);
		model.addAttribute("refusalWithoutReason", null);
		return "ecosystem/admissions";
	}

	@PostMapping("/e/{keyword}/admissions/{groupId}/accept")
	String accept(@PathVariable String keyword, @PathVariable long groupId, RedirectAttributes redirect) {
		Ecosystem ecosystem = stewarded(keyword);
		boolean decided = ecosystems.decide(ecosystem, groupId, true, null, SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, decided ? "admission.accepted" : "admission.alreadyDecided");
		return "redirect:" + admissions(ecosystem);
	}

	@PostMapping("/e/{keyword}/admissions/{groupId}/refuse")
	String refuse(@PathVariable String keyword, @PathVariable long groupId, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect) {
		Ecosystem ecosystem = stewarded(keyword);
		if (reason.isBlank() || reason.length() > 1000) {
			queue(keyword, model);
			model.addAttribute("refusalWithoutReason", groupId);
			return "ecosystem/admissions";
		}
		boolean decided = ecosystems.decide(ecosystem, groupId, false, reason, SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, decided ? "admission.refused" : "admission.alreadyDecided");
		return "redirect:" + admissions(ecosystem);
	}

	private static String admissions(Ecosystem ecosystem) {
		return UriComponentsBuilder.fromPath("/e/{keyword}/admissions").buildAndExpand(ecosystem.keyword()).encode()
			.toUriString();
	}

	private Ecosystem moderated(String keyword) {
		Ecosystem ecosystem = ecosystems.find(keyword).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!ecosystem.moderated()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ecosystem;
	}

	/** A group carrying the keyword, administered by the signed-in person. */
	private Group candidate(Ecosystem ecosystem, String slug) {
		Group group = directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!access.may(SignedInUser.current(), GroupOperation.APPLY_TO_ECOSYSTEM, group.id())) {
			throw new AccessDeniedException("Not an admin of " + slug);
		}
		if (!group.keywords().contains(ecosystem.keyword())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return group;
	}

	private Ecosystem stewarded(String keyword) {
		Ecosystem ecosystem = moderated(keyword);
		if (!ecosystems.canDecide(ecosystem, SignedInUser.current())) {
			throw new AccessDeniedException("Not a steward of " + keyword);
		}
		return ecosystem;
	}
}
