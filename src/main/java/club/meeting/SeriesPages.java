package club.meeting;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;

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

import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/**
 * A series' rhythm, changed by the group's organizers: a new rhythm counted from a new date ("we
 * now meet on the first Thursday"), the reminders' lead time, the poll opened for them, or the
 * series stopped — a choice, never something that happens silently.
 */
@Controller
class SeriesPages {

	private final MeetingRhythms rhythms;
	private final Meetings meetings;
	private final GroupDirectory directory;
	private final MessageSource messages;

	SeriesPages(MeetingRhythms rhythms, Meetings meetings, GroupDirectory directory, MessageSource messages) {
		this.rhythms = rhythms;
		this.meetings = meetings;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/series/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		MeetingSeries series = organized(id);
		var outlook = rhythms.outlook(series);
		var rhythm = series.rhythm();
		var form = new SeriesForm(new RhythmChoice(rhythm.frequency().name(),
				rhythm.day() == Rhythm.Day.WEEKDAY ? Rhythm.Day.NTH_WEEKDAY.name() : rhythm.day().name(), String.valueOf(series.leadDays()),
				series.opensPoll() ? "on" : ""), outlook.due().toLocalDateTime().toString(), series.active() ? "on" : "");
		return page(model, series, form, FormErrors.NONE);
	}

	@PostMapping("/series/{id}/edit")
	String change(@PathVariable long id, @RequestParam(defaultValue = "") String rhythm, @RequestParam(defaultValue = "") String day,
			@RequestParam(defaultValue = "") String lead, @RequestParam(defaultValue = "") String opensPoll,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String active, Model model,
			RedirectAttributes redirect, Locale locale) {
		MeetingSeries series = organized(id);
		var form = new SeriesForm(new RhythmChoice(rhythm, day, lead, opensPoll), from, active);
		var errors = new LinkedHashMap<String, String>();
		Instant start = LocalTimes.parse("from", from, series.zone(), errors, messages, locale);
		if (!form.choice().declared()) {
			errors.put("rhythm", messages.getMessage("rhythm.invalid", null, locale));
		}
		else if (start != null) {
			form.choice().check(start.atZone(series.zone()).toLocalDate(), errors, messages, locale);
		}
		if (!errors.isEmpty()) {
			return page(model, series, form, FormErrors.of(errors));
		}
		var chosen = form.choice().checked();
		rhythms.change(series, chosen.rhythm(), start.atZone(series.zone()), chosen.leadDays(), chosen.opensPoll(), !active.isBlank());
		redirect.addFlashAttribute(Page.FLASH, "rhythm.saved");
		return "redirect:/g/" + group(series).slug() + "/meetings";
	}

	private String page(Model model, MeetingSeries series, SeriesForm form, FormErrors errors) {
		model.addAttribute("series", series);
		model.addAttribute("group", group(series));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "meeting/series-form";
	}

	private Group group(MeetingSeries series) {
		return directory.findById(series.groupId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The series, if the visitor organizes its group's meetings: 404 for a members-only series' outsiders, 403 for members. */
	private MeetingSeries organized(long id) {
		MeetingSeries series = rhythms.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Group group = group(series);
		if (!meetings.mayOrganize(group, SignedInUser.current())) {
			throw new AccessDeniedException("Series " + id);
		}
		return series;
	}
}
