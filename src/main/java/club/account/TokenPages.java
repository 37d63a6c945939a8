package club.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.platform.web.Page;

/** The signed-in person's personal API tokens. */
@Controller
@RequestMapping("/profile/tokens")
class TokenPages {

	private final ApiTokens tokens;

	TokenPages(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(@AuthenticationPrincipal AccountUser user, Model model) {
		return page(user, model, null);
	}

	/** The new token is shown in this response only: not redirected, so never kept in a session. */
	@PostMapping
	String create(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "") String name, Model model) {
		if (name.isBlank() || name.strip().length() > 80) {
			return page(user, model, "tokens.name.invalid");
		}
		return tokens.create(user.accountId(), name).map(token -> {
			model.addAttribute("token", token);
			model.addAttribute("name", name.strip());
			return "account/token-created";
		}).orElseGet(() -> page(user, model, "tokens.tooMany"));
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(user.accountId(), id);
		redirect.addFlashAttribute(Page.FLASH, "tokens.revoked");
		return "redirect:/profile/tokens";
	}

	private String page(AccountUser user, Model model, String errorKey) {
		model.addAttribute("tokens", tokens.list(user.accountId()));
		model.addAttribute("error", errorKey);
		return "account/tokens";
	}
}
