package club.meeting;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import club.platform.markdown.Markdown;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/** A group's meetings, one meeting's page with its answers, and what organizers do with them. */
@Controller
class MeetingPages {

	private final Meetings meetings;
	private final GroupDirectory directory;
	private final Accounts accounts;
	private final Markdown markdown;
	private final MessageSource messages;
	private final MeetingCalendars calendars;
	private final DatePolls polls;
	private final MeetingRhythms rhythms;

	MeetingPages(Meetings meetings, GroupDirectory directory, Accounts accounts, Markdown markdown, MessageSource messages,
			MeetingCalendars calendars, DatePolls polls, MeetingRhythms rhythms) {
		this.calendars = calendars;
		this.polls = polls;
		this.rhythms = rhythms;
		this.meetings = meetings;
		this.directory = directory;
		this.accounts = accounts;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping("/g/{slug}/meetings")
	String list(@PathVariable String slug, Model model, Locale locale) {
		Group group = group(slug);
		var user = SignedInUser.current();
		var outlooks = rhythms.outlooks(group);
		var rhythmNames = new java.util.HashMap<Long, String>();
		outlooks.forEach(outlook -> rhythmNames.put(outlook.series().id(), rhythms.describe(outlook.series(), locale)));
		model.addAttribute("group", group);
		model.addAttribute("series", outlooks);
		model.addAttribute("rhythms", rhythmNames);
		model.addAttribute("upcoming", meetings.upcoming(group, user));
		model.addAttribute("past", meetings.past(group, user));
		model.addAttribute("organizer", meetings.mayOrganize(group, user));
		model.addAttribute("zone", meetings.zone(group).getId());
		model.addAttribute("choosesZone", meetings.mayChooseZone(group, user));
		model.addAttribute("polls", polls.mayAnswer(group.id(), user) ? polls.open(group) : List.of());
		return "meeting/list";
	}

	/** The group's time zone, chosen by its admins (a region name such as Africa/Dakar). */
	@PostMapping("/g/{slug}/meetings/zone")
	String chooseZone(@PathVariable String slug, @RequestParam(defaultValue = "") String zone, RedirectAttributes redirect) {
		Group group = group(slug);
		if (!meetings.mayChooseZone(group, SignedInUser.current())) {
			throw new AccessDeniedException("Time zone of " + slug);
		}
		try {
			meetings.chooseZone(group, java.time.ZoneId.of(zone.strip()));
			redirect.addFlashAttribute(Page.FLASH, "meeting.zone.saved");
		}
		catch (java.time.DateTimeException unknown) {
			redirect.addFlashAttribute(Page.FLASH, "meeting.zone.unknown");
		}
		return "redirect:/g/" + group.slug() + "/meetings";
	}

	/** A new meeting; with {@code series}, the next meeting of that series, its due date filled in. */
	@GetMapping("/g/{slug}/meetings/new")
	String newForm(@PathVariable String slug, @RequestParam(required = false) Long series, Model model) {
		Group group = organized(slug);
		if (series == null) {
			return form(model, group, MeetingForm.empty(), FormErrors.NONE);
		}
		var outlook = rhythms.outlook(seriesOf(group, series));
		return form(model, group, MeetingForm.next(outlook.series(), outlook.due()), FormErrors.NONE);
	}

	@PostMapping("/g/{slug}/meetings")
	String schedule(@PathVariable String slug, MeetingForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Group group = organized(slug);
		if (form.series() != null) {
			seriesOf(group, form.series());
		}
		var errors = form.check(meetings.zone(group), meetings.now(), messages, locale);
		if (!errors.isEmpty()) {
			return form(model, group, form, FormErrors.of(errors));
		}
		Meeting meeting = rhythms.schedule(group, form.checked(meetings.zone(group)), SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, "meeting.scheduled");
		return "redirect:/meetings/" + meeting.id();
	}

	@GetMapping("/meetings/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Meeting meeting = changeable(id);
		return edit(model, meeting, MeetingForm.of(meeting), FormErrors.NONE);
	}

	@PostMapping("/meetings/{id}/edit")
	String change(@PathVariable long id, MeetingForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Meeting meeting = changeable(id);
		var errors = form.check(meeting.zone(), meetings.now(), messages, locale);
		if (!errors.isEmpty()) {
			return edit(model, meeting, form, FormErrors.of(errors));
		}
		meetings.change(meeting, form.checked(meeting.zone()));
		redirect.addFlashAttribute(Page.FLASH, "meeting.changed");
		return "redirect:/meetings/" + id;
	}

	private String edit(Model model, Meeting meeting, MeetingForm form, FormErrors errors) {
		Group group = directory.findById(meeting.groupId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		form(model, group, form, errors);
		model.addAttribute("zone", meeting.zone().getId());
		model.addAttribute("editing", meeting.id());
		return "meeting/form";
	}

	/** A meeting its organizers may still change: scheduled and not started (409 otherwise). */
	private Meeting changeable(long id) {
		Meeting meeting = organizedMeeting(id);
		if (meeting.state() != Meeting.State.SCHEDULED || !meeting.startsAt().isAfter(meetings.now())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return meeting;
	}

	/** "Add to my calendar": the meeting as an .ics file. */
	@GetMapping("/meetings/{id}.ics")
	ResponseEntity<String> ics(@PathVariable long id) {
		Meeting meeting = visible(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(MeetingCalendars.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + id + ".ics\"")
			.body(calendars.calendar(List.of(meeting)));
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, Model model) {
		return page(model, visible(id), FormErrors.NONE);
	}

	@PostMapping("/meetings/{id}/rsvp")
	String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer, RedirectAttributes redirect) {
		Meeting meeting = visible(id);
		Rsvp.Answer chosen;
		try {
			chosen = Rsvp.Answer.valueOf(answer);
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (meeting.state() != Meeting.State.SCHEDULED) {
			redirect.addFlashAttribute(Page.FLASH, "meeting.closed");
			return "redirect:/meetings/" + id;
		}
		Rsvp rsvp = meetings.answer(meeting, SignedInUser.current().orElseThrow(), chosen);
		redirect.addFlashAttribute(Page.FLASH, rsvp.waitlisted() ? "meeting.rsvp.waitlisted" : "meeting.rsvp.saved");
		return "redirect:/meetings/" + id;
	}

	/** Held: who came among those who answered ({@code came}, ticked), and how many people in all (blank: those ticked). */
	@PostMapping("/meetings/{id}/held")
	String held(@PathVariable long id, @RequestParam(defaultValue = "") String participants,
			@RequestParam(name = "came", required = false) java.util.Set<Long> came, Model model, RedirectAttributes redirect, Locale locale) {
		Meeting meeting = organizedMeeting(id);
		var present = came == null ? java.util.Set.<Long>of() : came;
		Integer count;
		try {
			count = participants.isBlank() && !present.isEmpty() ? null : Integer.valueOf(participants.strip());
		}
		catch (NumberFormatException notANumber) {
			count = -1;
		}
		if (count != null && (count < present.size() || count > 100_000)) {
			return page(model, meeting, FormErrors.of(Map.of("participants", messages.getMessage("meeting.participants.invalid", null, locale))));
		}
		if (meeting.startsAt().isAfter(meetings.now())) {
			return page(model, meeting, FormErrors.of(Map.of("", messages.getMessage("meeting.held.future", null, locale))));
		}
		boolean done = meetings.held(meeting, count, present, SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, done ? "meeting.held.saved" : "meeting.closed");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String next,
			Model model, RedirectAttributes redirect, Locale locale) {
		Meeting meeting = organizedMeeting(id);
		var errors = new LinkedHashMap<String, String>();
		if (reason.isBlank() || reason.length() > 1000) {
			errors.put("reason", messages.getMessage("meeting.cancel.reason", null, locale));
		}
		Instant nextDate = null;
		if (!next.isBlank()) {
			try {
				nextDate = LocalDateTime.parse(next.strip()).atZone(meeting.zone()).toInstant();
			}
			catch (DateTimeException notATime) {
				errors.put("next", messages.getMessage("meeting.time.required", null, locale));
			}
		}
		if (!errors.isEmpty()) {
			return page(model, meeting, FormErrors.of(errors));
		}
		boolean done = meetings.cancel(meeting, reason.strip(), nextDate, SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, done ? "meeting.cancelled" : "meeting.closed");
		return "redirect:/meetings/" + id;
	}

	private String page(Model model, Meeting meeting, FormErrors errors) {
		Group group = directory.findById(meeting.groupId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var user = SignedInUser.current();
		List<Rsvp> rsvps = meetings.rsvps(meeting);
		var names = accounts.displayNames(rsvps.stream().map(Rsvp::accountId).toList());
		boolean member = meetings.mayOrganize(group, user) || meetings.isMember(group, user);
		model.addAttribute("came", member ? meetings.attendance(meeting) : List.of());
		model.addAttribute("meeting", meeting);
		model.addAttribute("group", group);
		model.addAttribute("description", markdown.render(Objects.requireNonNullElse(meeting.description(), "")));
		model.addAttribute("rsvps", rsvps);
		model.addAttribute("names", names);
		model.addAttribute("mine", user.flatMap(u -> meetings.rsvp(meeting, u.accountId())).orElse(null));
		model.addAttribute("organizer", meetings.mayOrganize(group, user));
		model.addAttribute("past", !meeting.startsAt().isAfter(meetings.now()));
		model.addAttribute("errors", errors);
		return "meeting/show";
	}

	private String form(Model model, Group group, MeetingForm form, FormErrors errors) {
		model.addAttribute("group", group);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zone", meetings.zone(group).getId());
		return "meeting/form";
	}

	/** A series of that group (404 for another group's). */
	private MeetingSeries seriesOf(Group group, long id) {
		return rhythms.find(group, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Group group(String slug) {
		return directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Group organized(String slug) {
		Group group = group(slug);
		if (!meetings.mayOrganize(group, SignedInUser.current())) {
			throw new AccessDeniedException("Meetings of " + slug);
		}
		return group;
	}

	/** The meeting, if the visitor may see it; 404 otherwise (a members-only meeting is not revealed). */
	private Meeting visible(long id) {
		return meetings.visible(id, SignedInUser.current()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Meeting organizedMeeting(long id) {
		Meeting meeting = visible(id);
		Group group = directory.findById(meeting.groupId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!meetings.mayOrganize(group, SignedInUser.current())) {
			throw new AccessDeniedException("Meeting " + id);
		}
		return meeting;
	}
}
