package club.membership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/**
 * Pages about joining something, whatever it is (a group, a place's plan): the form that shows
 * what the entry rule asks (a message, answers to questions, members to ask for vouches), checks
 * it and sends the request; and the queue of requests. Pages of other modules use it for their
 * own targets.
 */
@Component
public class JoinForms {

	static final int MAX_VOUCH_EMAILS = 10;

	private final Memberships memberships;
	private final MessageSource messages;
	private final java.time.Clock clock;

	JoinForms(Memberships memberships, MessageSource messages, java.time.Clock clock) {
		this.memberships = memberships;
		this.messages = messages;
		this.clock = clock;
	}

	/** The form, or where the person already stands (a member goes to the target, an applicant to their request). */
	public String show(EntryTarget target, String action, Model model) {
		long accountId = SignedInUser.current().orElseThrow().accountId();
		if (target.isMember(accountId)) {
			return "redirect:" + target.path();
		}
		var open = memberships.openRequest(target, accountId);
		if (open.isPresent()) {
			return "redirect:" + Memberships.requestPath(open.get().id());
		}
		return form(model, target, action, "", List.of(), "", FormErrors.NONE);
	}

	public String submit(EntryTarget target, String action, String message, List<String> answers, String vouchers, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		EntryRule rule = target.rule();
		List<String> emails = emails(vouchers);
		var errors = check(rule, message, answers, emails, locale, i -> "answer-" + i);
		if (!errors.isEmpty()) {
			return form(model, target, action, message, answers, vouchers, FormErrors.of(errors));
		}
		return switch (memberships.join(target, SignedInUser.current().orElseThrow(), message, kept(rule, answers), emails)) {
			case Memberships.Joining.Joined joined -> flash(redirect, "membership.joined", target.path());
			case Memberships.Joining.AlreadyMember already -> flash(redirect, "membership.alreadyMember", target.path());
			case Memberships.Joining.Requested requested -> flash(redirect, "membership.requested", Memberships.requestPath(requested.requestId()));
			case Memberships.Joining.AlreadyRequested already -> "redirect:" + Memberships.requestPath(already.requestId());
			case Memberships.Joining.TooMany tooMany -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader("Retry-After", String.valueOf(tooMany.retryAfter().toSeconds() + 1));
				yield form(model, target, action, message, answers, vouchers,
						FormErrors.of(Map.of("", messages.getMessage("membership.tooMany", null, locale))));
			}
		};
	}

	/**
	 * What a request to join must hold, checked the same way on pages and through the API: a
	 * message of {@value Memberships#MAX_TEXT} characters at most, an answer to each question of an
	 * application, at most {@value #MAX_VOUCH_EMAILS} valid addresses of members to ask. Messages by
	 * field, in the user's language; {@code answerField} names the field of the answer i.
	 */
	Map<String, String> check(EntryRule rule, String message, List<String> answers, List<String> emails, Locale locale,
			IntFunction<String> answerField) {
		var errors = new LinkedHashMap<String, String>();
		if (message.length() > Memberships.MAX_TEXT) {
			errors.put("message", messages.getMessage("membership.text.tooLong", new Object[] { Memberships.MAX_TEXT }, locale));
		}
		if (rule.process() == EntryProcess.APPLICATION) {
			for (int i = 0; i < rule.questions().size(); i++) {
				String answer = i < answers.size() ? answers.get(i) : "";
				if (answer.isBlank()) {
					errors.put(answerField.apply(i), messages.getMessage("membership.answer.required", null, locale));
				}
				else if (answer.length() > Memberships.MAX_TEXT) {
					errors.put(answerField.apply(i),
							messages.getMessage("membership.text.tooLong", new Object[] { Memberships.MAX_TEXT }, locale));
				}
			}
		}
		if (emails.size() > MAX_VOUCH_EMAILS || emails.stream().anyMatch(email -> !Emails.valid(email))) {
			errors.put("vouchers", messages.getMessage("membership.vouchers.invalid", new Object[] { MAX_VOUCH_EMAILS }, locale));
		}
		return errors;
	}

	/** The answers kept with a request: one per question of an application, none otherwise. */
	static List<String> kept(EntryRule rule, List<String> answers) {
		return rule.process() == EntryProcess.APPLICATION
				? answers.subList(0, rule.questions().size()).stream().map(String::strip).toList() : List.of();
	}

	private String form(Model model, EntryTarget target, String action, String message, List<String> answers, String vouchers,
			FormErrors errors) {
		model.addAttribute("targetName", target.name());
		model.addAttribute("targetPath", target.path());
		// Words for a group or for a place's plan: "membership.join…" or "plan.join…".
		model.addAttribute("words", GroupTargets.KIND.equals(target.kind()) ? "membership.join" : "plan.join");
		model.addAttribute("action", action);
		model.addAttribute("rule", target.rule());
		model.addAttribute("message", message);
		model.addAttribute("answers", answers);
		model.addAttribute("vouchers", vouchers);
		model.addAttribute("errors", errors);
		return "membership/join";
	}

	/**
	 * The queue of requests in progress, with their age: those who decide see them all, those who
	 * may vouch see the co-optations. Other modules show it for their own targets.
	 */
	public String queue(EntryTarget target, Model model) {
		var user = SignedInUser.current();
		boolean decides = target.mayDecide(user);
		if (!decides && !target.mayVouch(user)) {
			throw new AccessDeniedException("Requests of " + target.kind() + " " + target.id());
		}
		var requests = memberships.openRequests(target).stream()
			.filter(request -> decides || request.process() == EntryProcess.COOPTATION)
			.toList();
		model.addAttribute("targetName", target.name());
		model.addAttribute("targetPath", target.path());
		model.addAttribute("requests", requests);
		model.addAttribute("names", memberships.names(requests.stream().map(EntryRequest::accountId).filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("now", clock.instant());
		return "membership/requests";
	}


	static String flash(RedirectAttributes redirect, String messageKey, String path) {
		redirect.addFlashAttribute(Page.FLASH, messageKey);
		return "redirect:" + path;
	}

	/** Addresses separated by commas, semicolons, spaces or new lines. */
	static List<String> emails(String text) {
		return new ArrayList<>(Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(email -> !email.isEmpty()).distinct().toList());
	}
}
