package club.vitality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import club.access.EcosystemOperation;
import club.access.GroupRole;
import club.account.Accounts;
import club.directory.Group;
import club.externalfeeds.ExternalFeeds;
import club.directory.GroupDirectory;
import club.ecosystem.Ecosystems;
import club.platform.ClubProperties;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/**
 * A group's vitality page for its facilitators and helpers (five indicators, quiet periods,
 * pause, history), each indicator's page with the answers, a nudge's page with its rating, the
 * list of one's nudges, and the helpers' dashboard of an ecosystem.
 */
@Controller
class VitalityPages {

	private final Vitality vitality;
	private final GroupDirectory directory;
	private final Ecosystems ecosystems;
	private final Access access;
	private final Accounts accounts;
	private final MessageSource messages;
	private final ClubProperties properties;

	private final ExternalFeeds feeds;

	VitalityPages(Vitality vitality, GroupDirectory directory, Ecosystems ecosystems, Access access, Accounts accounts, MessageSource messages,
			ClubProperties properties, ExternalFeeds feeds) {
		this.vitality = vitality;
		this.feeds = feeds;
		this.directory = directory;
		this.ecosystems = ecosystems;
		this.access = access;
		this.accounts = accounts;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping("/g/{slug}/vitality")
	String group(@PathVariable String slug, Model model) {
		return groupPage(model, followed(slug), GroupForm.EMPTY, FormErrors.NONE);
	}

	@PostMapping("/g/{slug}/vitality/pause")
	String pause(@PathVariable String slug, GroupForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Group group = followed(slug);
		var errors = form.checkPause(messages, locale);
		if (!errors.isEmpty()) {
			return groupPage(model, group, form, FormErrors.of(errors));
		}
		vitality.pause(group, form.reasonText(), accountId());
		redirect.addFlashAttribute(Page.FLASH, "vitality.paused");
		return "redirect:/g/" + slug + "/vitality";
	}

	@PostMapping("/g/{slug}/vitality/resume")
	String resume(@PathVariable String slug, RedirectAttributes redirect) {
		vitality.resume(followed(slug), accountId());
		redirect.addFlashAttribute(Page.FLASH, "vitality.resumed");
		return "redirect:/g/" + slug + "/vitality";
	}

	@PostMapping("/g/{slug}/vitality/quiet")
	String quiet(@PathVariable String slug, GroupForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Group group = followed(slug);
		var errors = form.checkQuiet(today(), messages, locale);
		if (!errors.isEmpty()) {
			return groupPage(model, group, form, FormErrors.of(errors));
		}
		vitality.addQuietPeriod(group, startOf(AnswerForm.day(form.quietStart()).orElseThrow()),
				startOf(AnswerForm.day(form.quietEnd()).orElseThrow().plusDays(1)), form.labelText(), accountId());
		redirect.addFlashAttribute(Page.FLASH, "vitality.quiet.added");
		return "redirect:/g/" + slug + "/vitality";
	}

	@PostMapping("/g/{slug}/vitality/quiet/{id}/delete")
	String removeQuiet(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		if (!vitality.removeQuietPeriod(followed(slug), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute(Page.FLASH, "vitality.quiet.removed");
		return "redirect:/g/" + slug + "/vitality";
	}

	@GetMapping("/g/{slug}/vitality/{indicator}")
	String indicator(@PathVariable String slug, @PathVariable String indicator, Model model) {
		Group group = group(slug);
		Indicator which = indicator(indicator);
		answering(group, which);
		return indicatorPage(model, group, which, null, AnswerForm.EMPTY, FormErrors.NONE);
	}

	@PostMapping("/g/{slug}/vitality/{indicator}/answer")
	String answer(@PathVariable String slug, @PathVariable String indicator, AnswerForm form, Model model, RedirectAttributes redirect,
			Locale locale) {
		Group group = group(slug);
		Indicator which = indicator(indicator);
		answering(group, which);
		var errors = form.check(today(), messages, locale);
		if (!errors.isEmpty()) {
			return indicatorPage(model, group, which, null, form, FormErrors.of(errors));
		}
		long by = accountId();
		switch (form.answerValue().orElseThrow()) {
			case ON_IT -> vitality.onIt(group, which, startOf(AnswerForm.day(form.until()).orElseThrow()), by);
			case SNOOZE -> vitality.snooze(group, which, startOf(AnswerForm.day(form.snoozeUntil()).orElseThrow()), form.reasonText(), by);
			default -> vitality.rhythmChanged(group, which, form.daysValue(), by);
		}
		redirect.addFlashAttribute(Page.FLASH, "vitality.answered");
		return "redirect:/g/" + slug + "/vitality/" + which.name().toLowerCase();
	}

	@GetMapping("/vitality/nudges")
	String mine(Model model) {
		List<Nudge> nudges = vitality.nudgesOf(accountId());
		var groups = new java.util.HashMap<Long, Group>();
		nudges.forEach(nudge -> groups.computeIfAbsent(nudge.groupId(), id -> directory.findById(id).orElse(null)));
		model.addAttribute("nudges", nudges.stream().filter(nudge -> groups.get(nudge.groupId()) != null).toList());
		model.addAttribute("groups", groups);
		model.addAttribute("followed", access.groupsOf(accountId()).stream()
			.filter(membership -> membership.roles().stream().anyMatch(GroupRole.ORGANIZERS::contains))
			.flatMap(membership -> directory.findById(membership.groupId()).stream())
			.toList());
		return "vitality/nudges";
	}

	@GetMapping("/vitality/nudges/{id}")
	String nudge(@PathVariable String id, Model model) {
		Nudge nudge = answerable(id);
		Group group = directory.findById(nudge.groupId()).orElseThrow();
		return indicatorPage(model, group, nudge.indicator(), nudge, AnswerForm.EMPTY, FormErrors.NONE);
	}

	@PostMapping("/vitality/nudges/{id}/rate")
	String rate(@PathVariable String id, @RequestParam(defaultValue = "") String useful, RedirectAttributes redirect) {
		Nudge nudge = answerable(id);
		if (!useful.equals("true") && !useful.equals("false")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		vitality.rate(nudge, Boolean.parseBoolean(useful), accountId());
		redirect.addFlashAttribute(Page.FLASH, "vitality.rated");
		return "redirect:/vitality/nudges/" + id;
	}

	@GetMapping("/e/{keyword}/vitality")
	String dashboard(@PathVariable String keyword, Model model) {
		var view = ecosystems.view(keyword).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!access.may(SignedInUser.current(), EcosystemOperation.FOLLOW_VITALITY, view.ecosystem().id())) {
			throw new AccessDeniedException("Vitality of " + keyword);
		}
		List<Group> groups = view.liveGroups();
		var indicators = vitality.indicators(groups);
		var ratings = vitality.ratings(groups.stream().map(Group::id).toList());
		var rows = new ArrayList<DashboardRow>();
		for (Group group : groups) {
			Map<Indicator, IndicatorRow> signals = indicators.getOrDefault(group.id(), Map.of());
			int urgency = signals.values().stream().mapToInt(row -> row.state().urgency()).sum();
			Settings settings = vitality.settings(group.id());
			int[] rated = ratings.getOrDefault(group.id(), new int[] { 0, 0 });
			rows.add(new DashboardRow(group, signals, urgency, settings.paused(), settings.pauseReason(), rated[0], rated[1]));
		}
		rows.sort(Comparator.comparingInt(DashboardRow::urgency).reversed().thenComparing(row -> row.group().name(), String.CASE_INSENSITIVE_ORDER));
		model.addAttribute("ecosystem", view.ecosystem());
		model.addAttribute("rows", rows);
		return "vitality/dashboard";
	}

	private String groupPage(Model model, Group group, GroupForm form, FormErrors errors) {
		List<HistoryEntry> history = vitality.history(group.id());
		model.addAttribute("group", group);
		model.addAttribute("indicators", vitality.indicators(group));
		model.addAttribute("settings", vitality.settings(group.id()));
		model.addAttribute("quietPeriods", vitality.quietPeriods(group.id()));
		model.addAttribute("feeds", feeds.readings(group));
		model.addAttribute("history", history);
		model.addAttribute("names", names(history));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "vitality/group";
	}

	private String indicatorPage(Model model, Group group, Indicator indicator, @Nullable Nudge nudge, AnswerForm form, FormErrors errors) {
		List<HistoryEntry> history = vitality.history(group.id()).stream()
			.filter(entry -> entry.indicator() == null || entry.indicator() == indicator)
			.toList();
		model.addAttribute("group", group);
		model.addAttribute("indicator", indicator);
		model.addAttribute("row", vitality.indicators(group).get(indicator));
		model.addAttribute("nudge", nudge);
		model.addAttribute("rhythmDays", vitality.settings(group.id()).days().get(indicator));
		model.addAttribute("history", history);
		model.addAttribute("names", names(history));
		model.addAttribute("follower", vitality.mayFollow(SignedInUser.current(), group));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "vitality/indicator";
	}

	private Map<Long, String> names(List<HistoryEntry> history) {
		Set<Long> ids = new HashSet<>();
		history.forEach(entry -> {
			if (entry.actorId() != null) {
				ids.add(entry.actorId());
			}
		});
		return accounts.displayNames(ids);
	}

	private Group group(String slug) {
		return directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The group, if the person follows its vitality (its facilitators, its helpers, platform admins). */
	private Group followed(String slug) {
		Group group = group(slug);
		if (!vitality.mayFollow(SignedInUser.current(), group)) {
			throw new AccessDeniedException("Vitality of " + slug);
		}
		return group;
	}

	/** Those who follow the group, and those who do what the indicator watches, answer it. */
	private void answering(Group group, Indicator indicator) {
		Optional<SignedInUser> user = SignedInUser.current();
		boolean responder = user.map(u -> access.roles(group.id(), u.accountId()).contains(indicator.responder())).orElse(false);
		if (!responder && !vitality.mayFollow(user, group)) {
			throw new AccessDeniedException("Vitality of " + group.slug());
		}
	}

	/** The nudge, if the person received it or follows its group; 404 for others, as for an unknown one. */
	private Nudge answerable(String publicId) {
		Nudge nudge = vitality.nudge(publicId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Group group = directory.findById(nudge.groupId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!vitality.mayAnswer(SignedInUser.current(), nudge, group)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return nudge;
	}

	private static Indicator indicator(String name) {
		try {
			return Indicator.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static long accountId() {
		return SignedInUser.current().orElseThrow().accountId();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(vitality.now(), properties.timeZone());
	}

	private Instant startOf(LocalDate day) {
		return day.atStartOfDay(properties.timeZone()).toInstant();
	}
}
