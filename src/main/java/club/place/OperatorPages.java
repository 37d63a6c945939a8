package club.place;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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

import club.access.PlaceOperation;
import club.account.Accounts;
import club.membership.EntryRequest;
import club.membership.Memberships;
import club.platform.security.SignedInUser;
import club.platform.web.CsvExport;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/**
 * What a place's operators run: its memberships (pending, active, expiring, expired,
 * cancelled), the payments they record, renewals, revenue per month and the CSV export; and
 * a member's own memberships.
 */
@Controller
public class OperatorPages {

	/** A row of the operators' table: the membership, its plan, its member and what they paid. */
	public record Row(PlaceMembership membership, Plan plan, String member, String email, PlaceMembership.State state, long paidCents) {
	}

	/** A request in progress for one of the place's plans. */
	public record Pending(Plan plan, EntryRequest request) {
	}

	/** One of a member's memberships, for their own page. */
	public record Mine(Place place, Plan plan, PlaceMembership membership, PlaceMembership.State state, List<Payment> payments,
			@org.jspecify.annotations.Nullable Long requestId) {
	}

	private final Places places;
	private final PlanTargets targets;
	private final Memberships memberships;
	private final Accounts accounts;
	private final MessageSource messages;

	OperatorPages(Places places, PlanTargets targets, Memberships memberships, Accounts accounts, MessageSource messages) {
		this.places = places;
		this.targets = targets;
		this.memberships = memberships;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/p/{slug}/memberships")
	String dashboard(@PathVariable String slug, Model model) {
		return dashboard(operated(slug, PlaceOperation.SEE_MEMBERSHIPS), model, FormErrors.NONE, null);
	}

	@GetMapping("/p/{slug}/memberships.csv")
	ResponseEntity<byte[]> export(@PathVariable String slug, Locale locale) {
		Place place = operated(slug, PlaceOperation.SEE_MEMBERSHIPS);
		List<List<Object>> lines = new ArrayList<>();
		for (Row row : rows(place)) {
			lines.add(List.of(row.member(), row.email(), row.plan().name(), row.state().name(),
					row.membership().startsOn() == null ? "" : row.membership().startsOn().toString(),
					row.membership().endsOn() == null ? "" : row.membership().endsOn().toString(), amount(row.paidCents()), place.currency()));
		}
		return CsvExport.of(place.slug() + "-memberships.csv",
				List.of("member", "email", "plan", "state", "starts_on", "ends_on", "paid", "currency"), lines);
	}

	@PostMapping("/p/{slug}/memberships/{id}/payments")
	String recordPayment(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "") String paidOn, @RequestParam(defaultValue = "") String method,
			@RequestParam(defaultValue = "") String reference, Model model, RedirectAttributes redirect, Locale locale) {
		Place place = operated(slug, PlaceOperation.RECORD_PAYMENTS);
		PlaceMembership membership = membership(place, id);
		var errors = new LinkedHashMap<String, String>();
		Long cents = cents(amount);
		if (cents == null || cents <= 0) {
			errors.put("amount-" + id, messages.getMessage("payment.amount.invalid", null, locale));
		}
		LocalDate day = null;
		try {
			day = paidOn.isBlank() ? places.today() : LocalDate.parse(paidOn.strip());
			if (day.isAfter(places.today())) {
				errors.put("paidOn-" + id, messages.getMessage("payment.date.future", null, locale));
			}
		}
		catch (DateTimeParseException notADate) {
			errors.put("paidOn-" + id, messages.getMessage("payment.date.invalid", null, locale));
		}
		Payment.Method chosen = null;
		try {
			chosen = Payment.Method.valueOf(method);
		}
		catch (IllegalArgumentException unknown) {
			errors.put("method-" + id, messages.getMessage("payment.method.required", null, locale));
		}
		if (reference.length() > 120) {
			errors.put("reference-" + id, messages.getMessage("payment.reference.tooLong", null, locale));
		}
		if (!errors.isEmpty()) {
			model.addAttribute("typed", Map.of("amount", amount, "paidOn", paidOn, "method", method, "reference", reference));
			return dashboard(place, model, FormErrors.of(errors), id);
		}
		places.recordPayment(membership, cents, day, chosen, reference.isBlank() ? null : reference.strip(),
				SignedInUser.current().orElseThrow().accountId());
		redirect.addFlashAttribute(Page.FLASH, "payment.recorded");
		return "redirect:" + Places.path(place) + "/memberships";
	}

	@PostMapping("/p/{slug}/memberships/{id}/renew")
	String renew(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		Place place = operated(slug, PlaceOperation.RECORD_PAYMENTS);
		PlaceMembership membership = membership(place, id);
		if (membership.stored() == PlaceMembership.Stored.ACTIVE) {
			places.renew(membership, places.plan(membership.planId()).orElseThrow());
			redirect.addFlashAttribute(Page.FLASH, "membership.place.renewed");
		}
		return "redirect:" + Places.path(place) + "/memberships";
	}

	@PostMapping("/p/{slug}/memberships/{id}/cancel")
	String cancel(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		Place place = operated(slug, PlaceOperation.RECORD_PAYMENTS);
		PlaceMembership membership = membership(place, id);
		if (membership.stored() == PlaceMembership.Stored.ACTIVE) {
			places.cancel(membership);
			redirect.addFlashAttribute(Page.FLASH, "membership.place.cancelled");
		}
		return "redirect:" + Places.path(place) + "/memberships";
	}

	/** A member's memberships, with their state and the payments recorded. */
	@GetMapping("/my/memberships")
	String mine(Model model) {
		long accountId = SignedInUser.current().orElseThrow().accountId();
		var rows = new ArrayList<Mine>();
		for (PlaceMembership membership : places.membershipsOf(accountId)) {
			var place = places.findById(membership.placeId());
			var plan = places.plan(membership.planId());
			if (place.isPresent() && plan.isPresent()) {
				Long request = membership.stored() == PlaceMembership.Stored.PENDING
						? memberships.openRequest(targets.of(place.get(), plan.get()), accountId).map(EntryRequest::id).orElse(null) : null;
				rows.add(new Mine(place.get(), plan.get(), membership, membership.state(places.today()), places.payments(membership), request));
			}
		}
		model.addAttribute("rows", rows);
		return "place/my-memberships";
	}

	private String dashboard(Place place, Model model, FormErrors errors, Long failedRow) {
		List<Row> rows = rows(place);
		var pending = new ArrayList<Pending>();
		for (Plan plan : places.plans(place)) {
			memberships.openRequests(targets.of(place, plan)).forEach(request -> pending.add(new Pending(plan, request)));
		}
		model.addAttribute("place", place);
		model.addAttribute("rows", rows);
		model.addAttribute("expiring", rows.stream().filter(row -> row.state() == PlaceMembership.State.EXPIRING).toList());
		model.addAttribute("pending", pending);
		model.addAttribute("names", accounts.displayNames(pending.stream().map(entry -> entry.request().accountId()).filter(Objects::nonNull)
			.toList()));
		model.addAttribute("revenue", places.revenueByMonth(place));
		model.addAttribute("errors", errors);
		model.addAttribute("failedRow", failedRow);
		model.addAttribute("today", places.today());
		return "place/memberships";
	}

	private List<Row> rows(Place place) {
		var plans = new LinkedHashMap<Long, Plan>();
		places.plans(place).forEach(plan -> plans.put(plan.id(), plan));
		List<PlaceMembership> all = places.memberships(place);
		var people = new LinkedHashMap<Long, club.platform.mail.Recipient>();
		accounts.recipients(all.stream().map(PlaceMembership::accountId).filter(Objects::nonNull).distinct().toList())
			.forEach(person -> people.put(person.accountId(), person));
		String former = messages.getMessage("history.formerMember", null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
		LocalDate today = places.today();
		// One query for the place's payments, not one per membership.
		var paidByMembership = new LinkedHashMap<Long, Long>();
		places.placePayments(place).forEach(payment -> paidByMembership.merge(payment.membershipId(), payment.amountCents(), Long::sum));
		return all.stream()
			.filter(membership -> plans.containsKey(membership.planId()))
			.map(membership -> {
				var person = membership.accountId() == null ? null : people.get(membership.accountId());
				long paid = paidByMembership.getOrDefault(membership.id(), 0L);
				return new Row(membership, plans.get(membership.planId()), person == null ? former : person.displayName(),
						person == null ? "" : person.email(), membership.state(today), paid);
			})
			.toList();
	}

	private Place operated(String slug, PlaceOperation operation) {
		Place place = places.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!places.may(place, operation)) {
			throw new AccessDeniedException(operation + " of place " + slug);
		}
		return place;
	}

	private PlaceMembership membership(Place place, long id) {
		return places.membership(place, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** "12,50", "12.50" or "12": in cents; null when not an amount. */
	static Long cents(String amount) {
		try {
			return new BigDecimal(amount.strip().replace(',', '.')).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
		}
		catch (NumberFormatException | ArithmeticException notAnAmount) {
			return null;
		}
	}

	static String amount(long cents) {
		return BigDecimal.valueOf(cents, 2).toPlainString();
	}
}
