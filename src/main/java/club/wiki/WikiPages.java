package club.wiki;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
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

import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.markdown.Markdown;
import club.platform.markdown.SafeHtml;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/** A group's wiki: its pages (an old revision too), their history, diffs, editing, restoring. */
@Controller
class WikiPages {

	private final Wiki wiki;
	private final GroupDirectory directory;
	private final Accounts accounts;
	private final Markdown markdown;
	private final MessageSource messages;

	WikiPages(Wiki wiki, GroupDirectory directory, Accounts accounts, Markdown markdown, MessageSource messages) {
		this.wiki = wiki;
		this.directory = directory;
		this.accounts = accounts;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping("/g/{slug}/wiki")
	String home(@PathVariable String slug, Model model, Locale locale) {
		return show(slug, Wiki.HOME, null, model, locale);
	}

	/** The page at its latest revision, or at an older one ({@code revision}). A missing page: its creation form, for those who may write it. */
	@GetMapping("/g/{slug}/wiki/{page}")
	String show(@PathVariable String slug, @PathVariable("page") String pageSlug, @RequestParam(required = false) @Nullable Integer revision,
			Model model, Locale locale) {
		Group group = opened(slug);
		var page = wiki.find(group, pageSlug);
		if (page.isEmpty()) {
			if (WikiLinks.isSlug(pageSlug) && wiki.mayEdit(group.id(), SignedInUser.current())) {
				return "redirect:" + WikiLinks.pagePath(group.slug(), pageSlug) + "/edit";
			}
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		WikiRevision shown = revision == null ? wiki.latest(page.get()) : revision(page.get(), revision);
		model.addAttribute("group", group);
		model.addAttribute("wikiPage", page.get());
		model.addAttribute("revision", shown);
		model.addAttribute("body", rendered(group, shown.body(), locale));
		model.addAttribute("names", names(Stream.of(shown.authorId())));
		model.addAttribute("pages", wiki.pages(group));
		model.addAttribute("editor", wiki.mayEdit(group.id(), SignedInUser.current()));
		return "wiki/page";
	}

	@GetMapping("/g/{slug}/wiki/{page}/history")
	String history(@PathVariable String slug, @PathVariable("page") String pageSlug, @RequestParam(name = "page", defaultValue = "1") int number, Model model) {
		Group group = opened(slug);
		WikiPage page = page(group, pageSlug);
		Wiki.History history = wiki.history(page, number);
		model.addAttribute("group", group);
		model.addAttribute("wikiPage", page);
		model.addAttribute("revisions", history.revisions());
		model.addAttribute("pageNumber", history.pageNumber());
		model.addAttribute("pageCount", history.pageCount());
		model.addAttribute("names", names(history.revisions().stream().map(WikiRevision.Entry::authorId)));
		model.addAttribute("editor", wiki.mayEdit(group.id(), SignedInUser.current()));
		return "wiki/history";
	}

	/** What changed from one revision to another (by default, from the one before the latest to the latest). */
	@GetMapping("/g/{slug}/wiki/{page}/diff")
	String diff(@PathVariable String slug, @PathVariable("page") String pageSlug, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Model model) {
		Group group = opened(slug);
		WikiPage page = page(group, pageSlug);
		WikiRevision newer = revision(page, to == null ? page.revision() : to);
		WikiRevision older = revision(page, from == null ? Math.max(1, newer.number() - 1) : from);
		model.addAttribute("group", group);
		model.addAttribute("wikiPage", page);
		model.addAttribute("older", older);
		model.addAttribute("newer", newer);
		model.addAttribute("lines", WikiDiff.between(older.body(), newer.body()));
		model.addAttribute("names", names(Stream.of(older.authorId(), newer.authorId())));
		model.addAttribute("editor", wiki.mayEdit(group.id(), SignedInUser.current()));
		return "wiki/diff";
	}

	/** The form, on the latest revision; for a page to create, with the name its link gave ({@code title}). */
	@GetMapping("/g/{slug}/wiki/{page}/edit")
	String editForm(@PathVariable String slug, @PathVariable("page") String pageSlug, @RequestParam(required = false) @Nullable String title,
			Model model) {
		Group group = edited(slug);
		var page = wiki.find(group, pageSlug);
		if (page.isPresent()) {
			return form(model, group, pageSlug, page.get(), WikiForm.of(page.get(), wiki.latest(page.get())), FormErrors.NONE, null);
		}
		if (!WikiLinks.isSlug(pageSlug)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String name = title == null || title.isBlank() || !WikiLinks.slug(title).equals(pageSlug) ? pageSlug : title.strip();
		return form(model, group, pageSlug, null, WikiForm.newPage(name), FormErrors.NONE, null);
	}

	@PostMapping("/g/{slug}/wiki/{page}/edit")
	String save(@PathVariable String slug, @PathVariable("page") String pageSlug, WikiForm form, Model model, RedirectAttributes redirect,
			Locale locale) {
		Group group = edited(slug);
		if (!WikiLinks.isSlug(pageSlug)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var errors = form.check(messages, locale);
		if (!errors.isEmpty()) {
			return form(model, group, pageSlug, wiki.find(group, pageSlug).orElse(null), form, FormErrors.of(errors), null);
		}
		return switch (wiki.save(group, pageSlug, form, SignedInUser.current().orElseThrow())) {
			case Wiki.Done done -> {
				redirect.addFlashAttribute(Page.FLASH, "wiki.saved");
				yield "redirect:" + WikiLinks.pagePath(group.slug(), done.page().slug());
			}
			// Nothing saved: the person's text stays in the editor, now based on the latest revision, next to that revision's text.
			case Wiki.Conflict conflict -> form(model, group, pageSlug, conflict.page(), form.basedOn(conflict.latest().number()),
					FormErrors.of(Map.of("", messages.getMessage("wiki.conflict", null, locale))), conflict.latest());
			case Wiki.TooMany tooMany -> form(model, group, pageSlug, wiki.find(group, pageSlug).orElse(null), form,
					FormErrors.of(Map.of("", messages.getMessage("wiki.tooMany", null, locale))), null);
		};
	}

	@PostMapping("/g/{slug}/wiki/{page}/restore")
	String restore(@PathVariable String slug, @PathVariable("page") String pageSlug, @RequestParam int revision, RedirectAttributes redirect) {
		Group group = edited(slug);
		WikiPage page = page(group, pageSlug);
		wiki.restore(group, page, revision(page, revision), SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, "wiki.restored");
		return "redirect:" + WikiLinks.pagePath(group.slug(), page.slug());
	}

	private String form(Model model, Group group, String pageSlug, @Nullable WikiPage page, WikiForm form, FormErrors errors,
			@Nullable WikiRevision theirs) {
		model.addAttribute("group", group);
		model.addAttribute("pageSlug", pageSlug);
		model.addAttribute("wikiPage", page);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("theirs", theirs);
		model.addAttribute("names", names(Stream.ofNullable(theirs).map(WikiRevision::authorId)));
		return "wiki/form";
	}

	/** Markdown with the wiki's internal links resolved, rendered and sanitized. */
	private SafeHtml rendered(Group group, String body, Locale locale) {
		return markdown.render(WikiLinks.resolve(body, group.slug(), wiki.slugs(group), messages.getMessage("wiki.toCreate", null, locale)));
	}

	private Map<Long, String> names(Stream<@Nullable Long> authorIds) {
		return accounts.displayNamesOf(authorIds);
	}

	/** The group, its wiki written if this is its first visit. */
	private Group opened(String slug) {
		Group group = directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		wiki.open(group);
		return group;
	}

	/** The group, if the person may edit its wiki. */
	private Group edited(String slug) {
		Group group = opened(slug);
		if (!wiki.mayEdit(group.id(), SignedInUser.current())) {
			throw new AccessDeniedException("Wiki of " + slug);
		}
		return group;
	}

	private WikiPage page(Group group, String pageSlug) {
		return wiki.find(group, pageSlug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private WikiRevision revision(WikiPage page, int number) {
		return wiki.revision(page, number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
