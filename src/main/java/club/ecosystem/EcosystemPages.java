package club.ecosystem;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import club.access.EcosystemRole;
import club.directory.Group;
import club.directory.GroupNews;
import club.directory.GroupProductions;
import club.platform.ClubProperties;
import club.platform.images.ImageUploads;
import club.platform.images.StoredImages;
import club.platform.markdown.Markdown;
import club.platform.security.ContentSecurityPolicy;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/** The list of ecosystems, an ecosystem's page, and its embed page for other sites. */
@Controller
class EcosystemPages {

	private final Ecosystems ecosystems;
	private final Markdown markdown;
	private final ClubProperties properties;
	private final ContentSecurityPolicy csp;
	private final MessageSource messages;
	private final ObjectProvider<GroupNews> news;
	private final ObjectProvider<GroupProductions> productions;

	/** How many of its groups' latest news an ecosystem's page lists. */
	static final int LATEST_NEWS = 5;
	/** How many of its groups' latest public productions an ecosystem's page lists. */
	static final int LATEST_PRODUCTIONS = 5;

	EcosystemPages(Ecosystems ecosystems, Markdown markdown, ClubProperties properties, ContentSecurityPolicy csp,
			MessageSource messages, ObjectProvider<GroupNews> news, ObjectProvider<GroupProductions> productions) {
		this.productions = productions;
		this.messages = messages;
		this.news = news;
		this.csp = csp;
		this.ecosystems = ecosystems;
		this.markdown = markdown;
		this.properties = properties;
	}

	@GetMapping("/ecosystems")
	String list(Model model) {
		model.addAttribute("ecosystems", ecosystems.all());
		model.addAttribute("canCreate", ecosystems.canCreate(SignedInUser.current()));
		return "ecosystem/list";
	}

	@GetMapping("/e/{keyword}")
	String show(@PathVariable String keyword, @RequestParam(defaultValue = "1") int page, Model model) {
		var view = find(keyword);
		model.addAttribute("view", view);
		model.addAttribute("pageNumber", Math.max(1, Math.min(page, view.pageCount())));
		model.addAttribute("description", markdown.render(Objects.requireNonNullElse(view.ecosystem().description(), "")));
		model.addAttribute("charter", markdown.render(view.ecosystem().charter()));
		model.addAttribute("baseUrl", properties.link(""));
		model.addAttribute("tiles", properties.map());
		model.addAttribute("canEdit", ecosystems.canEdit(view.ecosystem(), SignedInUser.current()));
		model.addAttribute("followsVitality", ecosystems.followsVitality(view.ecosystem(), SignedInUser.current()));
		model.addAttribute("logoVersion", ecosystems.logoVersion(view.ecosystem()).orElse(null));
		GroupNews channel = news.getIfAvailable();
		model.addAttribute("newsChannel", channel != null);
		model.addAttribute("news",
				channel == null ? List.of() : channel.latestPublic(view.groups().stream().map(Group::id).toList(), LATEST_NEWS));
		GroupProductions shared = productions.getIfAvailable();
		model.addAttribute("productions",
				shared == null ? List.of() : shared.latestPublic(view.groups().stream().map(Group::id).toList(), LATEST_PRODUCTIONS));
		model.addAttribute("groupsById", view.groups().stream().collect(Collectors.toMap(Group::id, group -> group)));
		return "ecosystem/show";
	}

	/** The same content with minimal chrome: the one kind of page other sites may frame. */
	@GetMapping("/e/{keyword}/embed")
	String embed(@PathVariable String keyword, @RequestParam(defaultValue = "1") int page, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		var view = find(keyword);
		csp.allowFraming(request, response, view.ecosystem().embedOrigins());
		model.addAttribute("view", view);
		model.addAttribute("pageNumber", Math.max(1, Math.min(page, view.pageCount())));
		model.addAttribute("baseUrl", properties.link(""));
		model.addAttribute("logoVersion", ecosystems.logoVersion(view.ecosystem()).orElse(null));
		return "ecosystem/embed";
	}

	@GetMapping("/ecosystems/new")
	String newForm(Model model) {
		requireCreator();
		model.addAttribute("form", EcosystemForm.empty());
		return "ecosystem/form";
	}

	@PostMapping("/ecosystems")
	String create(@Valid @ModelAttribute("form") EcosystemForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		requireCreator();
		checkOrigins(form, result);
		if (!result.hasFieldErrors("keyword") && Ecosystems.keywordOf(form).isEmpty()) {
			result.rejectValue("keyword", "ecosystem.keyword.invalid");
		}
		if (!result.hasErrors()) {
			try {
				Ecosystem created = ecosystems.create(form, SignedInUser.current().orElseThrow());
				redirect.addFlashAttribute(Page.FLASH, "ecosystem.created");
				return "redirect:" + UriComponentsBuilder.fromPath("/e/{keyword}").buildAndExpand(created.keyword()).encode()
					.toUriString();
			}
			catch (Ecosystems.KeywordRefused refused) {
				result.rejectValue("keyword", refused.messageKey);
			}
		}
		model.addAttribute("errors", FormErrors.of(result, messages, locale));
		return "ecosystem/form";
	}

	@GetMapping("/e/{keyword}/edit")
	String editForm(@PathVariable String keyword, Model model) {
		Ecosystem ecosystem = editable(keyword);
		model.addAttribute("form", EcosystemForm.of(ecosystem));
		model.addAttribute("ecosystem", ecosystem);
		model.addAttribute("logoVersion", ecosystems.logoVersion(ecosystem).orElse(null));
		model.addAttribute("roles", ecosystems.roles(ecosystem));
		return "ecosystem/form";
	}

	/** Stewards and helpers: given by address to someone who has an account. */
	@PostMapping("/e/{keyword}/roles")
	String grantRole(@PathVariable String keyword, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String role, RedirectAttributes redirect) {
		Ecosystem ecosystem = editable(keyword);
		EcosystemRole chosen = "HELPER".equals(role) ? EcosystemRole.HELPER : EcosystemRole.STEWARD;
		if (email.isBlank() || !ecosystems.grant(ecosystem, email, chosen)) {
			redirect.addFlashAttribute("roleError", "ecosystem.roles.unknown");
		}
		else {
			redirect.addFlashAttribute(Page.FLASH, "ecosystem.roles.granted");
		}
		return "redirect:" + editPath(ecosystem) + "#roles";
	}

	@PostMapping("/e/{keyword}/roles/remove")
	String revokeRole(@PathVariable String keyword, @RequestParam long account, @RequestParam(defaultValue = "") String role,
			RedirectAttributes redirect) {
		Ecosystem ecosystem = editable(keyword);
		ecosystems.revoke(ecosystem, account, "HELPER".equals(role) ? EcosystemRole.HELPER : EcosystemRole.STEWARD);
		redirect.addFlashAttribute(Page.FLASH, "ecosystem.roles.revoked");
		return "redirect:" + editPath(ecosystem) + "#roles";
	}

	private static String editPath(Ecosystem ecosystem) {
		return UriComponentsBuilder.fromPath("/e/{keyword}/edit").buildAndExpand(ecosystem.keyword()).encode().toUriString();
	}

	@PostMapping("/e/{keyword}/edit")
	String update(@PathVariable String keyword, @Valid @ModelAttribute("form") EcosystemForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		Ecosystem ecosystem = editable(keyword);
		checkOrigins(form, result);
		if (result.hasErrors()) {
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			model.addAttribute("ecosystem", ecosystem);
			model.addAttribute("logoVersion", ecosystems.logoVersion(ecosystem).orElse(null));
			model.addAttribute("roles", ecosystems.roles(ecosystem));
			return "ecosystem/form";
		}
		ecosystems.update(ecosystem, form);
		redirect.addFlashAttribute(Page.FLASH, "ecosystem.saved");
		return "redirect:" + UriComponentsBuilder.fromPath("/e/{keyword}").buildAndExpand(ecosystem.keyword()).encode()
			.toUriString();
	}

	@PostMapping("/e/{keyword}/logo")
	String uploadLogo(@PathVariable String keyword, @RequestParam("logo") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		Ecosystem ecosystem = editable(keyword);
		try {
			ecosystems.setLogo(ecosystem, file.getBytes());
			redirect.addFlashAttribute(Page.FLASH, "ecosystem.logo.saved");
		}
		catch (ImageUploads.Refused refused) {
			redirect.addFlashAttribute("logoError", refused.messageKey());
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/e/{keyword}/edit").buildAndExpand(ecosystem.keyword()).encode()
			.toUriString();
	}

	@PostMapping("/e/{keyword}/logo/delete")
	String deleteLogo(@PathVariable String keyword, RedirectAttributes redirect) {
		Ecosystem ecosystem = editable(keyword);
		ecosystems.removeLogo(ecosystem);
		redirect.addFlashAttribute(Page.FLASH, "ecosystem.logo.removed");
		return "redirect:" + UriComponentsBuilder.fromPath("/e/{keyword}/edit").buildAndExpand(ecosystem.keyword()).encode()
			.toUriString();
	}

	/** Public; its address carries its version (?v=), so browsers may keep it for a year. */
	@GetMapping("/e/{keyword}/logo.jpg")
	ResponseEntity<byte[]> logo(@PathVariable String keyword) {
		Ecosystem ecosystem = ecosystems.find(keyword).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return StoredImages.servedForAYear(ecosystems.logo(ecosystem));
	}

	private static void checkOrigins(EcosystemForm form, BindingResult result) {
		if (!result.hasFieldErrors("embedOrigins") && !form.originsValid()) {
			result.rejectValue("embedOrigins", "ecosystem.origins.invalid");
		}
	}

	private void requireCreator() {
		if (!ecosystems.canCreate(SignedInUser.current())) {
			throw new AccessDeniedException("Only platform admins create ecosystems");
		}
	}

	private Ecosystem editable(String keyword) {
		Ecosystem ecosystem = ecosystems.find(keyword).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!ecosystems.canEdit(ecosystem, SignedInUser.current())) {
			throw new AccessDeniedException("Not a steward of " + keyword);
		}
		return ecosystem;
	}

	private Ecosystems.View find(String keyword) {
		return ecosystems.view(keyword).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
