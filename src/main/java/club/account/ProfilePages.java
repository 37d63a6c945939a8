package club.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.platform.images.ImageUploads;
import club.platform.markdown.Markdown;
import club.platform.text.Keywords;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/** The signed-in person's own profile, password, data export and account deletion. */
@Controller
@RequestMapping("/profile")
class ProfilePages {

	static final int MAX_INTERESTS = 20;

	private final Profiles profiles;
	private final Passwords passwords;
	private final Sessions sessions;
	private final Markdown markdown;
	private final MessageSource messages;
	private final LocaleResolver localeResolver;

	ProfilePages(Profiles profiles, Passwords passwords, Sessions sessions, Markdown markdown, MessageSource messages,
			LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
		this.profiles = profiles;
		this.passwords = passwords;
		this.sessions = sessions;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping
	String show(@AuthenticationPrincipal AccountUser user, Model model) {
		Account account = profiles.get(user.accountId());
		return profilePage(account, Forms.Profile.of(account), model);
	}

	@PostMapping
	String update(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") Forms.Profile form,
			BindingResult result, Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		var interests = Keywords.parse(form.interests() == null ? "" : form.interests());
		if (interests.stream().anyMatch(keyword -> keyword.length() > Keywords.MAX_LENGTH)) {
			result.rejectValue("interests", "profile.interests.keywordTooLong", new Object[] { Keywords.MAX_LENGTH }, null);
		}
		if (interests.size() > MAX_INTERESTS) {
			result.rejectValue("interests", "profile.interests.tooMany", new Object[] { MAX_INTERESTS }, null);
		}
		if (result.hasErrors()) {
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return profilePage(profiles.get(user.accountId()), form, model);
		}
		Account updated = profiles.update(user.accountId(), form.displayName(), form.bio(), form.city(), form.region(),
				Locale.forLanguageTag(form.language()), interests);
		refreshPrincipal(AccountUser.of(updated).withoutPassword(), request, response);
		localeResolver.setLocale(request, response, updated.locale());
		redirect.addFlashAttribute(Page.FLASH, "profile.saved");
		return "redirect:/profile";
	}

	@PostMapping("/avatar")
	String uploadAvatar(@AuthenticationPrincipal AccountUser user, @RequestParam("avatar") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			profiles.setAvatar(user.accountId(), file.getBytes());
			redirect.addFlashAttribute(Page.FLASH, "profile.avatar.saved");
		}
		catch (ImageUploads.Refused refused) {
			redirect.addFlashAttribute("avatarError", refused.messageKey());
		}
		return "redirect:/profile";
	}

	@PostMapping("/avatar/delete")
	String deleteAvatar(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
		profiles.removeAvatar(user.accountId());
		redirect.addFlashAttribute(Page.FLASH, "profile.avatar.removed");
		return "redirect:/profile";
	}

	@GetMapping("/avatar")
	ResponseEntity<byte[]> avatar(@AuthenticationPrincipal AccountUser user) {
		return profiles.avatar(user.accountId())
			.map(avatar -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(avatar.contentType()))
				.cacheControl(CacheControl.maxAge(Duration.ZERO).cachePrivate().mustRevalidate())
				.lastModified(avatar.updatedAt())
				.body(avatar.image()))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/password")
	String passwordForm(Model model) {
		model.addAttribute("form", Forms.ChangePassword.empty());
		return "account/password";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") Forms.ChangePassword form,
			BindingResult result, Model model, Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
		if (!result.hasErrors() && !passwords.change(user.accountId(), form.currentPassword(), form.newPassword())) {
			result.rejectValue("currentPassword", "account.password.wrong");
		}
		if (result.hasErrors()) {
			model.addAttribute("form", Forms.ChangePassword.empty());
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return "account/password";
		}
		sessions.endOthers(user, request);
		redirect.addFlashAttribute(Page.FLASH, "password.changed");
		return "redirect:/profile";
	}

	/** Download my data: everything the platform holds about me, as JSON. */
	@GetMapping("/export")
	ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal AccountUser user) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("club-des-innovateurs-mes-donnees.json").build().toString())
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON)
			.body(profiles.export(user.accountId()));
	}

	@GetMapping("/delete")
	String deleteForm(Model model) {
		model.addAttribute("form", Forms.DeleteAccount.empty());
		return "account/delete";
	}

	@PostMapping("/delete")
	String delete(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") Forms.DeleteAccount form,
			BindingResult result, Model model, Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("password") && !passwords.matches(user.accountId(), form.password())) {
			result.rejectValue("password", "account.password.wrong");
		}
		if (result.hasErrors()) {
			model.addAttribute("form", Forms.DeleteAccount.empty());
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return "account/delete";
		}
		profiles.delete(user.accountId());
		sessions.endAll(user.getUsername(), request);
		redirect.addFlashAttribute(Page.FLASH, "account.deleted");
		return "redirect:/";
	}

	private String profilePage(Account account, Forms.Profile form, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("bio", markdown.render(account.bio() == null ? "" : account.bio()));
		model.addAttribute("avatarVersion", profiles.avatar(account.id()).map(avatar -> avatar.updatedAt().toEpochMilli()).orElse(null));
		return "account/profile";
	}

	private static void refreshPrincipal(AccountUser user, HttpServletRequest request, HttpServletResponse response) {
		var current = SecurityContextHolder.getContext().getAuthentication();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, current.getAuthorities()));
		SecurityContextHolder.setContext(context);
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
	}
}
