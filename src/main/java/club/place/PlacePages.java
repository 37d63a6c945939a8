package club.place;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.access.PlaceOperation;
import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.membership.EntryProcess;
import club.membership.EntryRule;
import club.membership.EntryRules;
import club.membership.JoinForms;
import club.platform.ClubProperties;
import club.platform.markdown.Markdown;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/** Places: their list, page and form; their plans, and joining one through its entry rule. */
@Controller
class PlacePages {

	private final Places places;
	private final PlanTargets targets;
	private final JoinForms joinForms;
	private final GroupDirectory directory;
	private final Accounts accounts;
	private final Markdown markdown;
	private final MessageSource messages;
	private final ClubProperties properties;
	private final java.time.Clock clock;

	PlacePages(Places places, PlanTargets targets, JoinForms joinForms, GroupDirectory directory, Accounts accounts, Markdown markdown,
			MessageSource messages, ClubProperties properties, java.time.Clock clock) {
		this.places = places;
		this.targets = targets;
		this.joinForms = joinForms;
		this.directory = directory;
		this.accounts = accounts;
		this.markdown = markdown;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/places")
	String list(Model model) {
		model.addAttribute("places", places.all());
		return "place/list";
	}

	@GetMapping("/p/{slug}")
	String show(@PathVariable String slug, Model model) {
		Place place = place(slug);
		var user = SignedInUser.current();
		List<Plan> plans = places.plans(place);
		var mine = new LinkedHashMap<Long, PlaceMembership>();
		user.ifPresent(u -> plans.forEach(plan -> places.liveMembership(plan, u.accountId()).ifPresent(m -> mine.put(plan.id(), m))));
		List<Group> hosted = places.hostedGroups(place).stream().flatMap(id -> directory.findById(id).stream()).toList();
		model.addAttribute("place", place);
		model.addAttribute("description", markdown.render(Objects.requireNonNullElse(place.description(), "")));
		model.addAttribute("plans", plans.stream().filter(plan -> plan.active() || places.may(place, PlaceOperation.MANAGE_PLANS)).toList());
		model.addAttribute("mine", mine);
		model.addAttribute("today", places.today());
		model.addAttribute("hosted", hosted);
		model.addAttribute("operators", accounts.displayNames(places.operators(place)).values().stream().sorted().toList());
		model.addAttribute("operator", places.may(place, PlaceOperation.EDIT));
		model.addAttribute("tiles", properties.map());
		return "place/show";
	}

	@GetMapping("/places/new")
	String newForm(Model model) {
		return form(model, PlaceForm.empty(), FormErrors.NONE, "/places", null);
	}

	@PostMapping("/places")
	String create(@Valid PlaceForm form, BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		var groups = hostedGroups(form, result, locale);
		if (!result.hasFieldErrors("slug") && places.slugTaken(form.slug())) {
			result.rejectValue("slug", "place.slug.taken", messages.getMessage("place.slug.taken", null, locale));
		}
		if (result.hasErrors()) {
			return form(model, form, FormErrors.of(result, messages, locale), "/places", null);
		}
		Instant now = clock.instant();
		Place created = places.create(fromForm(0, form, now, now), groups, SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, "place.created");
		return "redirect:" + Places.path(created);
	}

	@GetMapping("/p/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		Place place = operated(slug, PlaceOperation.EDIT);
		List<String> slugs = places.hostedGroups(place).stream().flatMap(id -> directory.findById(id).stream()).map(Group::slug).toList();
		return form(model, PlaceForm.of(place, slugs), FormErrors.NONE, Places.path(place) + "/edit", place);
	}

	@PostMapping("/p/{slug}/edit")
	String update(@PathVariable String slug, @Valid PlaceForm form, BindingResult result, Model model, RedirectAttributes redirect,
			Locale locale) {
		Place place = operated(slug, PlaceOperation.EDIT);
		var groups = hostedGroups(form, result, locale);
		if (result.hasErrors()) {
			return form(model, form, FormErrors.of(result, messages, locale), Places.path(place) + "/edit", place);
		}
		// The short name of a place does not change: its address is printed on posters.
		Place updated = fromForm(place.id(), form, place.createdAt(), clock.instant());
		places.update(new Place(place.id(), place.slug(), updated.name(), updated.tagline(), updated.description(), updated.address(),
				updated.latitude(), updated.longitude(), updated.values(), updated.services(), updated.currency(), place.createdAt(),
				updated.updatedAt()), groups);
		redirect.addFlashAttribute(Page.FLASH, "place.saved");
		return "redirect:" + Places.path(place);
	}

	// --- plans

	@GetMapping("/p/{slug}/plans/new")
	String newPlan(@PathVariable String slug, Model model) {
		Place place = operated(slug, PlaceOperation.MANAGE_PLANS);
		return planForm(model, place, PlanForm.empty(), FormErrors.NONE, Places.path(place) + "/plans");
	}

	@PostMapping("/p/{slug}/plans")
	String createPlan(@PathVariable String slug, @Valid PlanForm form, BindingResult result, Model model, RedirectAttributes redirect,
			Locale locale) {
		Place place = operated(slug, PlaceOperation.MANAGE_PLANS);
		return savePlan(place, 0, form, result, EntryRule.OPEN, model, redirect, locale, Places.path(place) + "/plans");
	}

	@GetMapping("/p/{slug}/plans/{id}/edit")
	String editPlan(@PathVariable String slug, @PathVariable long id, Model model) {
		Place place = operated(slug, PlaceOperation.MANAGE_PLANS);
		Plan plan = plan(place, id);
		return planForm(model, place, PlanForm.of(plan), FormErrors.NONE, Places.path(place) + "/plans/" + id + "/edit");
	}

	@PostMapping("/p/{slug}/plans/{id}/edit")
	String updatePlan(@PathVariable String slug, @PathVariable long id, @Valid PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		Place place = operated(slug, PlaceOperation.MANAGE_PLANS);
		Plan plan = plan(place, id);
		return savePlan(place, id, form, result, plan.rule(), model, redirect, locale, Places.path(place) + "/plans/" + id + "/edit");
	}

	private String savePlan(Place place, long id, PlanForm form, BindingResult result, EntryRule current, Model model,
			RedirectAttributes redirect, Locale locale, String action) {
		var errors = new LinkedHashMap<String, String>();
		EntryRule rule = result.hasFieldErrors("process") ? null
				: EntryRules.check(EntryProcess.valueOf(form.process()), Objects.requireNonNullElse(form.vouches(), ""),
						Objects.requireNonNullElse(form.questions(), ""), current, errors, messages, locale);
		if (result.hasErrors() || rule == null) {
			var all = new LinkedHashMap<String, String>();
			result.getFieldErrors().forEach(error -> all.putIfAbsent(error.getField(), messages.getMessage(error, locale)));
			all.putAll(errors);
			return planForm(model, place, form, FormErrors.of(all), action);
		}
		places.savePlan(new Plan(id, place.id(), form.name().strip(), form.priceCents(), Plan.Period.valueOf(form.period()),
				PlaceForm.lines(form.services()), rule, "true".equals(form.active())));
		redirect.addFlashAttribute(Page.FLASH, "plan.saved");
		return "redirect:" + Places.path(place);
	}

	@GetMapping("/p/{slug}/plans/{id}/join")
	String joinForm(@PathVariable String slug, @PathVariable long id, Model model) {
		Place place = place(slug);
		Plan plan = activePlan(place, id);
		return joinForms.show(targets.of(place, plan), Places.path(place) + "/plans/" + id + "/join", model);
	}

	@PostMapping("/p/{slug}/plans/{id}/join")
	String join(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String message,
			@RequestParam(name = "answer", required = false) List<String> answers, @RequestParam(defaultValue = "") String vouchers,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		Place place = place(slug);
		Plan plan = activePlan(place, id);
		return joinForms.submit(targets.of(place, plan), Places.path(place) + "/plans/" + id + "/join", message,
				answers == null ? List.of() : answers, vouchers, model, redirect, response, locale);
	}

	@GetMapping("/p/{slug}/plans/{id}/requests")
	String requests(@PathVariable String slug, @PathVariable long id, Model model) {
		Place place = place(slug);
		return joinForms.queue(targets.of(place, plan(place, id)), model);
	}

	private String form(Model model, PlaceForm form, FormErrors errors, String action, Place place) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("action", action);
		model.addAttribute("place", place);
		return "place/form";
	}

	private String planForm(Model model, Place place, PlanForm form, FormErrors errors, String action) {
		model.addAttribute("place", place);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("action", action);
		return "place/plan-form";
	}

	/** The hosted groups' ids; unknown short names are an error of the field. */
	private List<Long> hostedGroups(PlaceForm form, BindingResult result, Locale locale) {
		var ids = new ArrayList<Long>();
		var unknown = new ArrayList<String>();
		for (String slug : PlaceForm.lines(form.groups())) {
			directory.find(slug).ifPresentOrElse(group -> ids.add(group.id()), () -> unknown.add(slug));
		}
		if (!unknown.isEmpty()) {
			result.rejectValue("groups", "place.groups.unknown", new Object[] { String.join(", ", unknown) },
					messages.getMessage("place.groups.unknown", new Object[] { String.join(", ", unknown) }, locale));
		}
		return ids;
	}

	private static Place fromForm(long id, PlaceForm form, Instant createdAt, Instant now) {
		return new Place(id, form.slug(), form.name().strip(), form.tagline().strip(), blankToNull(form.description()),
				blankToNull(form.address()), PlaceForm.number(form.latitude()), PlaceForm.number(form.longitude()),
				PlaceForm.lines(form.values()), PlaceForm.lines(form.services()), form.currency(), createdAt, now);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private Place place(String slug) {
		return places.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Place operated(String slug, PlaceOperation operation) {
		Place place = place(slug);
		if (!places.may(place, operation)) {
			throw new AccessDeniedException(operation + " of place " + slug);
		}
		return place;
	}

	private Plan plan(Place place, long id) {
		return places.plan(place, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Plan activePlan(Place place, long id) {
		Plan plan = plan(place, id);
		if (!plan.active()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return plan;
	}
}
