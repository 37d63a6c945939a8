package club.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/** Sign-up, email verification, login and forgotten password: the pages before signing in. */
@Controller
class AccountPages {

	private final Registration registration;
	private final Passwords passwords;
	private final Sessions sessions;
	private final MessageSource messages;
	private final LoginThrottle throttle;

	AccountPages(Registration registration, Passwords passwords, Sessions sessions, MessageSource messages,
			LoginThrottle throttle) {
		this.throttle = throttle;
		this.registration = registration;
		this.passwords = passwords;
		this.sessions = sessions;
		this.messages = messages;
	}

	@GetMapping("/signup")
	String signupForm(Model model) {
		if (SignedInUser.current().isPresent()) {
			return "redirect:/profile";
		}
		model.addAttribute("form", Forms.Signup.empty());
		return "account/signup";
	}

	@PostMapping("/signup")
	String signup(@Valid @ModelAttribute("form") Forms.Signup form, BindingResult result, Model model, Locale locale,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return "account/signup";
		}
		if (!throttle.mailFormAllowed(request.getRemoteAddr())) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		registration.signUp(form.email(), form.password(), form.displayName(), locale);
		return "redirect:/signup/sent";
	}

	@GetMapping("/signup/sent")
	String signupSent(Model model) {
		model.addAttribute("form", Forms.EmailOnly.empty());
		return "account/signup-sent";
	}

	@PostMapping("/signup/resend")
	String resend(@Valid @ModelAttribute("form") Forms.EmailOnly form, BindingResult result, Model model, Locale locale,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return "account/signup-sent";
		}
		if (!throttle.mailFormAllowed(request.getRemoteAddr())) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		registration.resendVerification(form.email());
		return "redirect:/signup/sent";
	}

	/** The mailed link shows a button: a GET never changes anything, and link scanners can't use it up. */
	@GetMapping("/verify")
	String verifyPage(@RequestParam(defaultValue = "") String token, Model model) {
		if (!registration.verificationLinkValid(token)) {
			return "account/link-invalid";
		}
		model.addAttribute("token", token);
		return "account/verify";
	}

	@PostMapping("/verify")
	String verify(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
		if (!registration.verify(token)) {
			return "account/link-invalid";
		}
		redirect.addFlashAttribute(Page.FLASH, "account.verified");
		return "redirect:/login";
	}

	@GetMapping("/login")
	String login(Model model, HttpServletRequest request) {
		if (SignedInUser.current().isPresent()) {
			return "redirect:/profile";
		}
		model.addAttribute("form", Forms.EmailOnly.empty());
		var flags = request.getParameterMap();
		model.addAttribute("failed", flags.containsKey("error"));
		model.addAttribute("unverified", flags.containsKey("unverified"));
		model.addAttribute("loggedOut", flags.containsKey("logout"));
		return "account/login";
	}

	@GetMapping("/password/forgot")
	String forgotForm(Model model) {
		model.addAttribute("form", Forms.EmailOnly.empty());
		return "account/forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@Valid @ModelAttribute("form") Forms.EmailOnly form, BindingResult result, Model model, Locale locale,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return "account/forgot";
		}
		if (!throttle.mailFormAllowed(request.getRemoteAddr())) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		passwords.requestReset(form.email());
		return "redirect:/password/forgot/sent";
	}

	@GetMapping("/password/forgot/sent")
	String forgotSent() {
		return "account/forgot-sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		if (!passwords.resetLinkValid(token)) {
			return "account/link-invalid";
		}
		model.addAttribute("form", new Forms.ResetPassword(token, ""));
		return "account/reset";
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute("form") Forms.ResetPassword form, BindingResult result, Model model, Locale locale,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return "account/reset";
		}
		var account = passwords.reset(form.token(), form.password());
		if (account.isEmpty()) {
			return "account/link-invalid";
		}
		sessions.endAll(account.get().publicId().toString(), request);
		redirect.addFlashAttribute(Page.FLASH, "password.reset.done");
		return "redirect:/login";
	}
}
