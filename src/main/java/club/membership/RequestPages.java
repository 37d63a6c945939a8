package club.membership;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

import club.directory.GroupDirectory;
import club.platform.ClubProperties;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;

/**
 * Requests to join: the organizers' queue, and one request's page where the applicant sees
 * where it stands, members vouch, organizers propose interview slots and decide.
 */
@Controller
class RequestPages {

	static final int MAX_SLOTS = 5;

	private final Memberships memberships;
	private final GroupDirectory directory;
	private final MessageSource messages;
	private final ClubProperties properties;
	private final java.time.Clock clock;
	private final JoinForms joinForms;

	RequestPages(Memberships memberships, GroupDirectory directory, MessageSource messages, ClubProperties properties,
			java.time.Clock clock, JoinForms joinForms) {
		this.joinForms = joinForms;
		this.memberships = memberships;
		this.directory = directory;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/g/{slug}/requests")
	String queue(@PathVariable String slug, Model model) {
		return joinForms.queue(memberships.target(JoinPages.group(directory, slug)), model);
	}

	@GetMapping("/requests/{id}")
	String show(@PathVariable long id, Model model) {
		return page(model, visible(id), FormErrors.NONE, "", List.of());
	}

	@PostMapping("/requests/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect,
			Locale locale) {
		return decide(id, true, reason, model, redirect, locale);
	}

	@PostMapping("/requests/{id}/refuse")
	String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect,
			Locale locale) {
		return decide(id, false, reason, model, redirect, locale);
	}

	private String decide(long id, boolean accept, String reason, Model model, RedirectAttributes redirect, Locale locale) {
		EntryRequest request = visible(id);
		EntryTarget target = targetOf(request);
		if (reason.length() > Memberships.MAX_TEXT) {
			return page(model, request, FormErrors.of(Map.of("reason", messages.getMessage("membership.text.tooLong",
					new Object[] { Memberships.MAX_TEXT }, locale))), reason, List.of());
		}
		return switch (memberships.decide(request, target, SignedInUser.current().orElseThrow(), accept, reason)) {
			case DONE -> JoinForms.flash(redirect, accept ? "membership.request.accepted" : "membership.request.refused",
					Memberships.requestPath(id));
			case ALREADY_DECIDED -> JoinForms.flash(redirect, "membership.request.alreadyDecided", Memberships.requestPath(id));
			case INVALID -> page(model, request, FormErrors.of(Map.of("reason", messages.getMessage("membership.reason.required", null,
					locale))), reason, List.of());
			case NOT_ALLOWED -> throw new AccessDeniedException("May not decide request " + id);
		};
	}

	@PostMapping("/requests/{id}/vouch")
	String vouch(@PathVariable long id, RedirectAttributes redirect) {
		EntryRequest request = visible(id);
		return switch (memberships.vouch(request, targetOf(request), SignedInUser.current().orElseThrow())) {
			case DONE -> JoinForms.flash(redirect, "membership.vouched", Memberships.requestPath(id));
			case ALREADY_DECIDED -> JoinForms.flash(redirect, "membership.request.alreadyDecided", Memberships.requestPath(id));
			case NOT_ALLOWED, INVALID -> throw new AccessDeniedException("May not vouch for request " + id);
		};
	}

	@PostMapping("/requests/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		EntryRequest request = visible(id);
		if (!memberships.withdraw(request, targetOf(request), SignedInUser.current().orElseThrow())) {
			throw new AccessDeniedException("May not withdraw request " + id);
		}
		return JoinForms.flash(redirect, "membership.request.withdrawn", Memberships.requestPath(id));
	}

	/** Slots come as parallel lists: slot (date and time), mode, place; empty rows are ignored. */
	@PostMapping("/requests/{id}/slots")
	String proposeSlots(@PathVariable long id, @RequestParam(name = "slot", required = false) List<String> times,
			@RequestParam(name = "mode", required = false) List<String> modes,
			@RequestParam(name = "place", required = false) List<String> places, Model model, RedirectAttributes redirect,
			Locale locale) {
		EntryRequest request = visible(id);
		EntryTarget target = targetOf(request);
		if (!target.mayDecide(SignedInUser.current())) {
			throw new AccessDeniedException("May not propose slots for request " + id);
		}
		var rows = new ArrayList<String[]>();
		int count = times == null ? 0 : times.size();
		for (int i = 0; i < count; i++) {
			String time = times.get(i).strip();
			String mode = modes != null && i < modes.size() ? modes.get(i) : "";
			String place = places != null && i < places.size() ? places.get(i).strip() : "";
			if (!time.isEmpty() || !place.isEmpty()) {
				rows.add(new String[] { time, mode, place });
			}
		}
		var errors = new LinkedHashMap<String, String>();
		var slots = new ArrayList<Memberships.ProposedSlot>();
		var seen = new HashSet<Instant>();
		if (rows.isEmpty() || rows.size() > MAX_SLOTS) {
			errors.put("slots", messages.getMessage("membership.slots.count", new Object[] { MAX_SLOTS }, locale));
		}
		for (int i = 0; i < rows.size() && i < MAX_SLOTS; i++) {
			String[] row = rows.get(i);
			Optional<Instant> at = parse(row[0]);
			InterviewSlot.Mode mode = "ONLINE".equals(row[1]) ? InterviewSlot.Mode.ONLINE : InterviewSlot.Mode.IN_PERSON;
			if (at.isEmpty() || !at.get().isAfter(clock.instant())) {
				errors.put("slot-" + i, messages.getMessage("membership.slot.time", null, locale));
			}
			else if (!seen.add(at.get())) {
				errors.put("slot-" + i, messages.getMessage("membership.slot.duplicate", null, locale));
			}
			if (row[2].isEmpty() || row[2].length() > 300) {
				errors.put("place-" + i, messages.getMessage(mode == InterviewSlot.Mode.ONLINE ? "membership.slot.link" : "membership.slot.place",
						null, locale));
			}
			else if (mode == InterviewSlot.Mode.ONLINE && !row[2].matches("(?i)https?://\\S+")) {
				errors.put("place-" + i, messages.getMessage("membership.slot.link", null, locale));
			}
			if (at.isPresent()) {
				slots.add(new Memberships.ProposedSlot(at.get(), mode, row[2]));
			}
		}
		if (!errors.isEmpty()) {
			return page(model, request, FormErrors.of(errors), "", rows);
		}
		return switch (memberships.proposeSlots(request, target, SignedInUser.current().orElseThrow(), slots)) {
			case DONE -> JoinForms.flash(redirect, "membership.slots.proposed", Memberships.requestPath(id));
			case ALREADY_DECIDED -> JoinForms.flash(redirect, "membership.request.alreadyDecided", Memberships.requestPath(id));
			case NOT_ALLOWED, INVALID -> throw new AccessDeniedException("May not propose slots for request " + id);
		};
	}

	@PostMapping("/requests/{id}/slots/{slotId}/choose")
	String chooseSlot(@PathVariable long id, @PathVariable long slotId, RedirectAttributes redirect) {
		EntryRequest request = visible(id);
		return switch (memberships.chooseSlot(request, targetOf(request), SignedInUser.current().orElseThrow(), slotId)) {
			case DONE -> JoinForms.flash(redirect, "membership.slot.chosen", Memberships.requestPath(id));
			case ALREADY_DECIDED -> JoinForms.flash(redirect, "membership.request.alreadyDecided", Memberships.requestPath(id));
			case INVALID -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case NOT_ALLOWED -> throw new AccessDeniedException("May not choose a slot of request " + id);
		};
	}

	private String page(Model model, EntryRequest request, FormErrors errors, String reason, List<String[]> slotRows) {
		EntryTarget target = targetOf(request);
		var user = SignedInUser.current().orElseThrow();
		var vouchers = memberships.vouchers(request);
		var history = memberships.history(request);
		var people = new ArrayList<Long>(vouchers);
		history.stream().map(RequestEvent::actorId).filter(java.util.Objects::nonNull).forEach(people::add);
		if (request.accountId() != null) {
			people.add(request.accountId());
		}
		boolean applicant = Long.valueOf(user.accountId()).equals(request.accountId());
		model.addAttribute("targetName", target.name());
		model.addAttribute("targetPath", target.path());
		model.addAttribute("request", request);
		model.addAttribute("questions", target.rule().questions());
		model.addAttribute("history", history);
		model.addAttribute("vouchers", vouchers);
		model.addAttribute("slots", memberships.slots(request));
		model.addAttribute("names", memberships.names(people));
		model.addAttribute("applicant", applicant);
		model.addAttribute("organizer", !applicant && target.mayDecide(Optional.of(user)));
		model.addAttribute("canVouch", !applicant && request.process() == EntryProcess.COOPTATION
				&& request.state() == EntryRequest.State.PENDING && target.mayVouch(Optional.of(user)) && !vouchers.contains(user.accountId()));
		model.addAttribute("reasonNeeded", Memberships.needsReason(request, true));
		model.addAttribute("errors", errors);
		model.addAttribute("reason", reason);
		model.addAttribute("slotRows", slotRows);
		model.addAttribute("zone", properties.timeZone());
		return "membership/request";
	}

	/** The request, if the signed-in person may see it; 404 otherwise (its existence is not revealed). */
	private EntryRequest visible(long id) {
		return memberships.request(id)
			.filter(request -> memberships.target(request).map(target -> memberships.maySee(request, target, SignedInUser.current()))
				.orElse(false))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private EntryTarget targetOf(EntryRequest request) {
		return memberships.target(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A datetime-local value, in the platform's time zone. */
	private Optional<Instant> parse(String value) {
		try {
			return Optional.of(LocalDateTime.parse(value).atZone(properties.timeZone()).toInstant());
		}
		catch (DateTimeException invalid) {
			return Optional.empty();
		}
	}
}
