package club.project;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

import club.access.Access;
import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.directory.GroupDirectory.SaveOutcome;
import club.platform.markdown.Markdown;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/** A group's projects, its tracking board, a project's page with its updates, and their forms. */
@Controller
class ProjectPages {

	private final Projects projects;
	private final GroupDirectory directory;
	private final Access access;
	private final Accounts accounts;
	private final Markdown markdown;
	private final MessageSource messages;

	ProjectPages(Projects projects, GroupDirectory directory, Access access, Accounts accounts, Markdown markdown, MessageSource messages) {
		this.projects = projects;
		this.directory = directory;
		this.access = access;
		this.accounts = accounts;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping("/g/{slug}/projects")
	String list(@PathVariable String slug, Model model) {
		Group group = group(slug);
		var byState = new LinkedHashMap<ProjectState, List<Project>>();
		for (ProjectState state : ProjectState.values()) {
			byState.put(state, new ArrayList<>());
		}
		projects.ofGroup(group.id()).forEach(project -> byState.get(project.state()).add(project));
		model.addAttribute("group", group);
		model.addAttribute("byState", byState);
		model.addAttribute("member", projects.mayPropose(group.id(), SignedInUser.current()));
		return "project/list";
	}

	@GetMapping("/g/{slug}/projects/board")
	String board(@PathVariable String slug, Model model) {
		Group group = group(slug);
		if (!projects.mayPropose(group.id(), SignedInUser.current())) {
			throw new AccessDeniedException("Tracking board of " + slug);
		}
		var today = projects.today();
		var carriers = projects.carriersOfGroup(group.id());
		List<BoardRow> rows = projects.board(group.id()).stream()
			.map(project -> new BoardRow(project, Math.max(0, ChronoUnit.DAYS.between(project.lastUpdateAt().atZone(projects.zone()).toLocalDate(), today)),
					project.overdue(today), carriers.getOrDefault(project.id(), List.of())))
			.toList();
		var ids = new ArrayList<@Nullable Long>();
		rows.forEach(row -> {
			ids.add(row.project().nextStepOwnerId());
			ids.addAll(row.carriers());
		});
		model.addAttribute("group", group);
		model.addAttribute("rows", rows);
		model.addAttribute("names", names(ids));
		model.addAttribute("facilitator", projects.mayFacilitate(group.id(), SignedInUser.current()));
		return "project/board";
	}

	@GetMapping("/g/{slug}/projects/new")
	String newForm(@PathVariable String slug, Model model) {
		Group group = proposing(slug);
		return form(model, group, null, ProjectForm.empty(), FormErrors.NONE);
	}

	@PostMapping("/g/{slug}/projects")
	String create(@PathVariable String slug, ProjectForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Group group = proposing(slug);
		var errors = form.check(messages, locale);
		if (!errors.isEmpty()) {
			return form(model, group, null, form, FormErrors.of(errors));
		}
		long id = projects.create(group.id(), form, SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, "project.created");
		return "redirect:/projects/" + id;
	}

	@GetMapping("/projects/{id}")
	String show(@PathVariable long id, Model model) {
		Project project = project(id);
		return page(model, project, UpdateForm.of(project), FormErrors.NONE, "", FormErrors.NONE);
	}

	@GetMapping("/projects/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Project project = updated(id);
		return form(model, group(project), project, ProjectForm.of(project), FormErrors.NONE);
	}

	@PostMapping("/projects/{id}/edit")
	String edit(@PathVariable long id, ProjectForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Project project = updated(id);
		var errors = form.check(messages, locale);
		if (!errors.isEmpty()) {
			return form(model, group(project), project, form, FormErrors.of(errors));
		}
		projects.edit(project, form);
		redirect.addFlashAttribute(Page.FLASH, "project.saved");
		return "redirect:/projects/" + id;
	}

	@PostMapping("/projects/{id}/updates")
	String update(@PathVariable long id, UpdateForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Project project = updated(id);
		var errors = form.check(memberIds(project.groupId()), messages, locale);
		if (!errors.isEmpty()) {
			return page(model, project, form, FormErrors.of(errors), "", FormErrors.NONE);
		}
		projects.update(project, form, SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, "project.updated");
		return "redirect:/projects/" + id;
	}

	@PostMapping("/projects/{id}/follow")
	String follow(@PathVariable long id, @RequestParam(defaultValue = "true") boolean following, RedirectAttributes redirect) {
		Project project = project(id);
		if (!projects.mayPropose(project.groupId(), SignedInUser.current())) {
			throw new AccessDeniedException("Project " + id);
		}
		projects.follow(project, SignedInUser.current().orElseThrow(), following);
		redirect.addFlashAttribute(Page.FLASH, following ? "project.followed" : "project.unfollowed");
		return "redirect:/projects/" + id;
	}

	/** A carrier or a facilitator adds a co-carrier among the group's members. */
	@PostMapping("/projects/{id}/carriers")
	String addCarrier(@PathVariable long id, @RequestParam(defaultValue = "") String carrier, Model model, RedirectAttributes redirect,
			Locale locale) {
		Project project = updated(id);
		Optional<Long> accountId = accountId(carrier);
		var change = accountId.isEmpty() ? Projects.CarrierChange.NOT_A_MEMBER
				: projects.addCarrier(project, accountId.get(), SignedInUser.current().orElseThrow());
		return switch (change) {
			case DONE -> flash(redirect, "project.carrierAdded", id);
			case ALREADY_CARRIER -> carrierError(model, project, carrier, "carrier", "project.carrier.already", locale);
			default -> carrierError(model, project, carrier, "carrier", "project.carrier.invalid", locale);
		};
	}

	/** « I'll carry it too »: a member of the group becomes one of its carriers. */
	@PostMapping("/projects/{id}/carry")
	String carry(@PathVariable long id, RedirectAttributes redirect) {
		Project project = project(id);
		if (!projects.mayPropose(project.groupId(), SignedInUser.current())) {
			throw new AccessDeniedException("Project " + id);
		}
		SignedInUser me = SignedInUser.current().orElseThrow();
		return flash(redirect, switch (projects.addCarrier(project, me.accountId(), me)) {
			case DONE -> "project.carrying";
			case ALREADY_CARRIER -> "project.carrier.alreadyYou";
			default -> "project.carrier.membersOnly";
		}, id);
	}

	/** A carrier or a facilitator removes a carrier, oneself included; never the last one still in the group. */
	@PostMapping("/projects/{id}/carriers/remove")
	String removeCarrier(@PathVariable long id, @RequestParam(defaultValue = "") String account, Model model, RedirectAttributes redirect,
			Locale locale) {
		Project project = updated(id);
		SignedInUser me = SignedInUser.current().orElseThrow();
		Optional<Long> accountId = accountId(account);
		var change = accountId.map(removed -> projects.removeCarrier(project, removed, me)).orElse(Projects.CarrierChange.NOT_A_CARRIER);
		return switch (change) {
			case DONE -> flash(redirect, accountId.get() == me.accountId() ? "project.carrierLeft" : "project.carrierRemoved", id);
			case LAST_CARRIER -> carrierError(model, project, "", "", "project.carrier.last", locale);
			default -> carrierError(model, project, "", "", "project.carrier.notCarrier", locale);
		};
	}

	private static String flash(RedirectAttributes redirect, String message, long projectId) {
		redirect.addFlashAttribute(Page.FLASH, message);
		return "redirect:/projects/" + projectId;
	}

	/** The project's page again, the carriers' section saying what went wrong (field "" for the whole section). */
	private String carrierError(Model model, Project project, String carrier, String field, String message, Locale locale) {
		return page(model, project, UpdateForm.of(project), FormErrors.NONE, carrier,
				FormErrors.of(Map.of(field, messages.getMessage(message, null, locale))));
	}

	private static Optional<Long> accountId(String typed) {
		try {
			return Optional.of(Long.valueOf(typed.strip()));
		}
		catch (NumberFormatException notANumber) {
			return Optional.empty();
		}
	}

	/** « Reviewed, nothing new », from the tracking board. */
	@PostMapping("/projects/{id}/review")
	String review(@PathVariable long id, RedirectAttributes redirect) {
		Project project = facilitated(id);
		projects.review(project, SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, "project.reviewed");
		return "redirect:/g/" + group(project).slug() + "/projects/board";
	}

	/** « Ask for news », from the tracking board: once a day per project. */
	@PostMapping("/projects/{id}/ask")
	String askForNews(@PathVariable long id, RedirectAttributes redirect) {
		Project project = facilitated(id);
		boolean asked = projects.askForNews(project, SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, asked ? "project.newsAsked" : "project.newsAlreadyAsked");
		return "redirect:/g/" + group(project).slug() + "/projects/board";
	}

	@GetMapping("/projects/{id}/graduate")
	String graduationForm(@PathVariable long id, Model model) {
		Project project = graduating(id);
		return graduation(model, project, GraduationForm.of(project), FormErrors.NONE);
	}

	/** The nursery: the project becomes a group of its own. */
	@PostMapping("/projects/{id}/graduate")
	String graduate(@PathVariable long id, GraduationForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Project project = graduating(id);
		return switch (projects.graduate(project, form, SignedInUser.current().orElseThrow(), locale)) {
			case SaveOutcome.Saved saved -> {
				redirect.addFlashAttribute(Page.FLASH, "project.graduated");
				yield "redirect:/projects/" + id;
			}
			case SaveOutcome.Invalid invalid -> graduation(model, project, form, FormErrors.of(invalid.errors()));
		};
	}

	private String graduation(Model model, Project project, GraduationForm form, FormErrors errors) {
		model.addAttribute("group", group(project));
		model.addAttribute("project", project);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "project/graduate";
	}

	/** The project, if the person administers its group and it has not graduated yet. */
	private Project graduating(long id) {
		Project project = project(id);
		if (!projects.mayGraduate(project, SignedInUser.current())) {
			throw new AccessDeniedException("Project " + id);
		}
		if (project.state() == ProjectState.GRADUATED) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return project;
	}

	/**
	 * The project's page with its update form ({@code form}, {@code errors}) and its carriers'
	 * section ({@code carrier}, the member chosen to add, and {@code carrierErrors}).
	 */
	private String page(Model model, Project project, UpdateForm form, FormErrors errors, String carrier, FormErrors carrierErrors) {
		Optional<SignedInUser> user = SignedInUser.current();
		List<@Nullable Long> carriers = projects.carriers(project);
		List<Long> followers = projects.followers(project);
		List<ProjectUpdate> updates = projects.updates(project);
		boolean updater = projects.mayUpdate(project, user);
		var ids = new ArrayList<@Nullable Long>(carriers);
		ids.addAll(followers);
		ids.add(project.nextStepOwnerId());
		updates.forEach(update -> {
			ids.add(update.authorId());
			ids.add(update.carrierId());
		});
		model.addAttribute("group", group(project));
		model.addAttribute("project", project);
		model.addAttribute("description", markdown.render(project.description()));
		model.addAttribute("carriers", carriers);
		model.addAttribute("followers", followers);
		model.addAttribute("updates", updates);
		model.addAttribute("names", names(ids));
		model.addAttribute("overdue", project.overdue(projects.today()));
		model.addAttribute("member", projects.mayPropose(project.groupId(), user));
		model.addAttribute("following", projects.follows(project, user));
		model.addAttribute("updater", updater);
		model.addAttribute("graduator", project.state() != ProjectState.GRADUATED && projects.mayGraduate(project, user));
		model.addAttribute("home", project.graduatedGroupId() == null ? null : directory.findById(project.graduatedGroupId()).orElse(null));
		Map<String, String> owners = updater ? owners(project.groupId()) : Map.of();
		model.addAttribute("owners", owners);
		model.addAttribute("me", user.map(SignedInUser::accountId).orElse(null));
		model.addAttribute("mayCarry", projects.mayCarry(project, user));
		model.addAttribute("candidates", candidates(owners, carriers));
		model.addAttribute("carrier", carrier);
		model.addAttribute("carrierErrors", carrierErrors);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "project/project";
	}

	private String form(Model model, Group group, @Nullable Project project, ProjectForm form, FormErrors errors) {
		model.addAttribute("group", group);
		model.addAttribute("project", project);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "project/form";
	}

	/** The people who may be named for the next step (the group's members), by name; the empty choice first. */
	private Map<String, String> owners(long groupId) {
		var names = accounts.displayNames(memberIds(groupId));
		var owners = new LinkedHashMap<String, String>();
		owners.put("", "—");
		names.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
			.forEach(entry -> owners.put(entry.getKey().toString(), entry.getValue()));
		return owners;
	}

	/** The members who may be added as carriers: those who may be named for the next step, less the carriers. */
	private static Map<String, String> candidates(Map<String, String> owners, List<@Nullable Long> carriers) {
		var candidates = new LinkedHashMap<>(owners);
		carriers.stream().filter(Objects::nonNull).forEach(carrier -> candidates.remove(carrier.toString()));
		return candidates.size() > 1 ? candidates : Map.of();
	}

	private Set<Long> memberIds(long groupId) {
		var ids = new HashSet<Long>();
		access.members(groupId).forEach(member -> ids.add(member.accountId()));
		return ids;
	}

	private Map<Long, String> names(List<@Nullable Long> accountIds) {
		return accounts.displayNamesOf(accountIds.stream());
	}

	private Group group(String slug) {
		return directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Group group(Project project) {
		return directory.findById(project.groupId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Group proposing(String slug) {
		Group group = group(slug);
		if (!projects.mayPropose(group.id(), SignedInUser.current())) {
			throw new AccessDeniedException("Projects of " + slug);
		}
		return group;
	}

	private Project project(long id) {
		return projects.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The project, if the person carries it or facilitates its group. */
	private Project updated(long id) {
		Project project = project(id);
		if (!projects.mayUpdate(project, SignedInUser.current())) {
			throw new AccessDeniedException("Project " + id);
		}
		return project;
	}

	private Project facilitated(long id) {
		Project project = project(id);
		if (!projects.mayFacilitate(project.groupId(), SignedInUser.current())) {
			throw new AccessDeniedException("Project " + id);
		}
		return project;
	}
}
