package club.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/** Date polls: opened by organizers, answered by members on a grid, closed on a date or without one. */
@Controller
class DatePollPages {

	private final DatePolls polls;
	private final Meetings meetings;
	private final GroupDirectory directory;
	private final Accounts accounts;
	private final MessageSource messages;
	private final MeetingRhythms rhythms;

	DatePollPages(DatePolls polls, Meetings meetings, GroupDirectory directory, Accounts accounts, MessageSource messages,
			MeetingRhythms rhythms) {
		this.polls = polls;
		this.rhythms = rhythms;
		this.meetings = meetings;
		this.directory = directory;
		this.accounts = accounts;
		this.messages = messages;
	}

	/** A new poll; with {@code series}, for that series' next meeting: dates around its due date filled in. */
	@GetMapping("/g/{slug}/polls/new")
	String newForm(@PathVariable String slug, @RequestParam(required = false) Long series, Model model) {
		Group group = organized(slug);
		if (series == null) {
			return form(model, group, new DatePollForm("", "", "", "120", "", List.of("", "", ""), null), FormErrors.NONE);
		}
		MeetingSeries one = seriesOf(group, series);
		var proposed = rhythms.pollFor(one, rhythms.outlook(one).due());
		java.util.function.Function<java.time.Instant, String> local = instant -> instant.atZone(one.zone()).toLocalDateTime().toString();
		return form(model, group, new DatePollForm(proposed.title(), proposed.description(), proposed.place(),
				String.valueOf(proposed.durationMinutes()), local.apply(proposed.deadline()), proposed.options().stream().map(local).toList(),
				one.id()), FormErrors.NONE);
	}

	@PostMapping("/g/{slug}/polls")
	String open(@PathVariable String slug, @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String duration,
			@RequestParam(defaultValue = "") String deadline, @RequestParam(name = "option", required = false) List<String> options,
			@RequestParam(required = false) Long series, Model model, RedirectAttributes redirect, Locale locale) {
		Group group = organized(slug);
		if (series != null) {
			seriesOf(group, series);
		}
		var form = new DatePollForm(title, description, place, duration, deadline, options == null ? List.of() : options, series);
		var errors = new LinkedHashMap<String, String>();
		var checked = form.check(meetings.zone(group), polls.now(), errors, messages, locale);
		if (checked == null) {
			return form(model, group, form, FormErrors.of(errors));
		}
		DatePoll poll = polls.open(group.id(), checked, meetings.zone(group), SignedInUser.current().orElseThrow().accountId());
		redirect.addFlashAttribute(Page.FLASH, "poll.opened");
		return "redirect:/polls/" + poll.id();
	}

	@GetMapping("/polls/{id}")
	String show(@PathVariable long id, Model model) {
		DatePoll poll = visible(id);
		Group group = directory.findById(poll.groupId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var answers = polls.answers(poll);
		var people = new java.util.TreeSet<Long>();
		answers.values().forEach(byPerson -> people.addAll(byPerson.keySet()));
		Map<Long, Integer> score = new HashMap<>();
		poll.options().forEach(option -> score.put(option.id(), answers.getOrDefault(option.id(), Map.of()).values().stream()
			.mapToInt(answer -> answer == DatePoll.Answer.YES ? 2 : answer == DatePoll.Answer.IF_NEEDED ? 1 : 0).sum()));
		var user = SignedInUser.current();
		model.addAttribute("poll", poll);
		model.addAttribute("group", group);
		model.addAttribute("answers", answers);
		model.addAttribute("people", new ArrayList<>(people));
		model.addAttribute("names", accounts.displayNames(people));
		model.addAttribute("score", score);
		model.addAttribute("me", user.map(SignedInUser::accountId).orElse(0L));
		model.addAttribute("organizer", polls.mayOrganize(poll.groupId(), user));
		model.addAttribute("open", poll.state() == DatePoll.State.OPEN && poll.deadline().isAfter(polls.now()));
		return "meeting/poll";
	}

	/** The member's answers: one field per option, "answer-{option id}" = YES, IF_NEEDED or NO. */
	@PostMapping("/polls/{id}/answers")
	String answer(@PathVariable long id, @RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
		DatePoll poll = visible(id);
		var answers = new HashMap<Long, DatePoll.Answer>();
		parameters.forEach((name, value) -> {
			if (name.startsWith("answer-")) {
				try {
					answers.put(Long.parseLong(name.substring("answer-".length())), DatePoll.Answer.valueOf(value));
				}
				catch (IllegalArgumentException notAnAnswer) {
					// a forged field changes nothing
				}
			}
		});
		boolean saved = polls.answer(poll, SignedInUser.current().orElseThrow(), answers);
		redirect.addFlashAttribute(Page.FLASH, saved ? "poll.answered" : "poll.closed");
		return "redirect:/polls/" + id;
	}

	/** Closes on the option chosen, or without a date when none is. */
	@PostMapping("/polls/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) Long option, RedirectAttributes redirect) {
		DatePoll poll = visible(id);
		var user = SignedInUser.current();
		if (!polls.mayOrganize(poll.groupId(), user)) {
			throw new AccessDeniedException("Poll " + id);
		}
		boolean closed = option == null ? polls.closeUndated(poll, user.orElseThrow()) : polls.closeOn(poll, option, user.orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, !closed ? "poll.closed" : option == null ? "poll.undated" : "poll.dated");
		return "redirect:/polls/" + id;
	}

	private String form(Model model, Group group, DatePollForm form, FormErrors errors) {
		model.addAttribute("group", group);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zone", meetings.zone(group).getId());
		return "meeting/poll-form";
	}

	/** A series of that group (404 for another group's). */
	private MeetingSeries seriesOf(Group group, long id) {
		return rhythms.find(group, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Group organized(String slug) {
		Group group = directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!polls.mayOrganize(group.id(), SignedInUser.current())) {
			throw new AccessDeniedException("Polls of " + slug);
		}
		return group;
	}

	/** Polls are for the group's members; 404 for others. */
	private DatePoll visible(long id) {
		return polls.find(id)
			.filter(poll -> polls.mayAnswer(poll.groupId(), SignedInUser.current()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
