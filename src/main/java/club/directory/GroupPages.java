package club.directory;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import club.account.Accounts;
import club.platform.ClubProperties;
import club.platform.images.ImageUploads;
import club.platform.images.StoredImages;
import club.platform.markdown.Markdown;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/** The directory, the group pages, and the group record form. */
@Controller
class GroupPages {

	private final GroupDirectory directory;
	private final Markdown markdown;
	private final Accounts accounts;
	private final MessageSource messages;
	private final ObjectProvider<GroupEcosystems> ecosystems;
	private final ObjectProvider<GroupMembership> memberships;
	private final ObjectProvider<GroupCalendar> calendars;
	private final ObjectProvider<GroupNews> news;
	private final ObjectProvider<GroupProductions> productions;
	private final ClubProperties properties;

	/** How many of its latest news a group's page lists. */
	static final int LATEST_NEWS = 3;
	/** How many of its latest productions a group's page lists. */
	static final int LATEST_PRODUCTIONS = 5;

	GroupPages(GroupDirectory directory, Markdown markdown, Accounts accounts, MessageSource messages,
			ObjectProvider<GroupEcosystems> ecosystems, ObjectProvider<GroupMembership> memberships,
			ObjectProvider<GroupCalendar> calendars, ObjectProvider<GroupNews> news, ObjectProvider<GroupProductions> productions,
			ClubProperties properties) {
		this.productions = productions;
		this.memberships = memberships;
		this.calendars = calendars;
		this.news = news;
		this.properties = properties;
		this.ecosystems = ecosystems;
		this.directory = directory;
		this.markdown = markdown;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/groups")
	String list(@RequestParam Map<String, String> parameters, Model model) {
		model.addAttribute("result", directory.search(DirectoryQuery.fromParameters(parameters)));
		return "directory/list";
	}

	@GetMapping("/g/{slug}")
	Object show(@PathVariable String slug, Model model) {
		var group = directory.find(slug);
		if (group.isEmpty()) {
			// A renamed group keeps answering at its old address.
			return directory.renamedTo(slug).map(current -> {
				var redirect = new RedirectView("/g/" + current);
				redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
				return (Object) redirect;
			}).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		model.addAttribute("group", group.get());
		model.addAttribute("description", markdown.render(Objects.requireNonNullElse(group.get().description(), "")));
		model.addAttribute("domain", markdown.render(Objects.requireNonNullElse(group.get().domain(), "")));
		boolean canEdit = directory.canEdit(group.get(), SignedInUser.current());
		model.addAttribute("canEdit", canEdit);
		GroupEcosystems lookup = ecosystems.getIfAvailable();
		model.addAttribute("ecosystems", lookup == null ? List.of() : lookup.of(group.get()));
		model.addAttribute("candidacies", lookup == null || !canEdit ? List.of() : lookup.candidacies(group.get()));
		model.addAttribute("tiles", properties.map());
		model.addAttribute("bannerVersion", directory.bannerVersion(group.get()).map(Instant::toEpochMilli).orElse(null));
		GroupCalendar calendar = calendars.getIfAvailable();
		model.addAttribute("calendar", calendar != null);
		var nextMeeting = calendar == null ? null : calendar.next(group.get(), SignedInUser.current()).orElse(null);
		model.addAttribute("nextMeeting", nextMeeting);
		model.addAttribute("meetingDue", calendar == null || nextMeeting != null ? null : calendar.unscheduledDue(group.get()).orElse(null));
		GroupNews channel = news.getIfAvailable();
		model.addAttribute("newsChannel", channel != null);
		model.addAttribute("news", channel == null ? List.of() : channel.latest(group.get(), SignedInUser.current(), LATEST_NEWS));
		GroupProductions shared = productions.getIfAvailable();
		model.addAttribute("sharedSpace", shared != null);
		model.addAttribute("productions", shared == null ? List.of() : shared.latest(group.get(), SignedInUser.current(), LATEST_PRODUCTIONS));
		GroupMembership membership = memberships.getIfAvailable();
		model.addAttribute("standing", membership == null ? null : membership.standing(group.get(), SignedInUser.current()));
		return "directory/group";
	}

	@GetMapping("/groups/new")
	String newForm(Model model) {
		model.addAttribute("form", GroupForm.empty());
		model.addAttribute("action", "/groups");
		model.addAttribute("tiles", properties.map());
		return "directory/form";
	}

	@PostMapping("/groups")
	String create(@Valid @ModelAttribute("form") GroupForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		List<Group.Partner> partners = GroupDirectory.checkParts(form, result);
		if (!result.hasErrors()) {
			try {
				Group group = directory.create(form, partners, SignedInUser.current().orElseThrow());
				redirect.addFlashAttribute(Page.FLASH, "group.created");
				return "redirect:/g/" + group.slug();
			}
			catch (GroupDirectory.SlugTaken taken) {
				result.rejectValue("slug", "group.slug.taken");
			}
		}
		model.addAttribute("errors", FormErrors.of(result, messages, locale));
		model.addAttribute("action", "/groups");
		model.addAttribute("tiles", properties.map());
		return "directory/form";
	}

	@GetMapping("/g/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		Group group = editable(slug);
		model.addAttribute("form", GroupForm.of(group));
		model.addAttribute("action", "/g/" + group.slug() + "/edit");
		model.addAttribute("tiles", properties.map());
		model.addAttribute("group", group);
		model.addAttribute("bannerVersion", directory.bannerVersion(group).map(Instant::toEpochMilli).orElse(null));
		return "directory/form";
	}

	@PostMapping("/g/{slug}/banner")
	String uploadBanner(@PathVariable String slug, @RequestParam("banner") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		Group group = editable(slug);
		try {
			directory.setBanner(group, file.getBytes(), SignedInUser.current().orElseThrow());
			redirect.addFlashAttribute(Page.FLASH, "group.banner.saved");
		}
		catch (ImageUploads.Refused refused) {
			redirect.addFlashAttribute("bannerError", refused.messageKey());
		}
		return "redirect:/g/" + group.slug() + "/edit";
	}

	@PostMapping("/g/{slug}/banner/delete")
	String deleteBanner(@PathVariable String slug, RedirectAttributes redirect) {
		Group group = editable(slug);
		directory.removeBanner(group, SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, "group.banner.removed");
		return "redirect:/g/" + group.slug() + "/edit";
	}

	/** Public; its address carries its version (?v=), so browsers may keep it for a year. */
	@GetMapping("/g/{slug}/banner.jpg")
	ResponseEntity<byte[]> banner(@PathVariable String slug) {
		Group group = directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return StoredImages.servedForAYear(directory.banner(group));
	}

	@PostMapping("/g/{slug}/edit")
	String update(@PathVariable String slug, @Valid @ModelAttribute("form") GroupForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		Group group = editable(slug);
		List<Group.Partner> partners = GroupDirectory.checkParts(form, result);
		if (!result.hasErrors()) {
			try {
				Group updated = directory.update(group, form, partners, SignedInUser.current().orElseThrow());
				redirect.addFlashAttribute(Page.FLASH, "group.saved");
				return "redirect:/g/" + updated.slug();
			}
			catch (GroupDirectory.SlugTaken taken) {
				result.rejectValue("slug", "group.slug.taken");
			}
		}
		model.addAttribute("errors", FormErrors.of(result, messages, locale));
		model.addAttribute("action", "/g/" + group.slug() + "/edit");
		model.addAttribute("tiles", properties.map());
		model.addAttribute("group", group);
		model.addAttribute("bannerVersion", directory.bannerVersion(group).map(Instant::toEpochMilli).orElse(null));
		return "directory/form";
	}

	@GetMapping("/g/{slug}/history")
	String history(@PathVariable String slug, Model model) {
		Group group = editable(slug);
		List<GroupChange> changes = directory.history(group);
		Set<Long> authors = new HashSet<>();
		changes.forEach(change -> {
			if (change.accountId() != null) {
				authors.add(change.accountId());
			}
		});
		model.addAttribute("group", group);
		model.addAttribute("changes", changes);
		model.addAttribute("authors", accounts.displayNames(authors));
		return "directory/history";
	}

	private Group editable(String slug) {
		Group group = directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!directory.canEdit(group, SignedInUser.current())) {
			throw new AccessDeniedException("Not an admin of " + slug);
		}
		return group;
	}
}
