package club.discussion;

import java.util.Locale;
import java.util.Map;

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
import club.platform.markdown.Markdown;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;
import club.wiki.WikiContributions;

/**
 * The catch page of a message or a thread, for the group's curators (and organizers): where it
 * goes, with a preview of the text written there. Members who are not curators get 403; others,
 * who do not see the discussion, 404.
 */
@Controller
class CatchPages {

	private final Catching catching;
	private final Discussions discussions;
	private final GroupDirectory directory;
	private final WikiContributions wiki;
	private final Markdown markdown;
	private final MessageSource messages;

	CatchPages(Catching catching, Discussions discussions, GroupDirectory directory, WikiContributions wiki, Markdown markdown,
			MessageSource messages) {
		this.catching = catching;
		this.discussions = discussions;
		this.directory = directory;
		this.wiki = wiki;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping("/messages/{id}/catch")
	String messageForm(@PathVariable long id, Model model, Locale locale) {
		var source = messageSource(id);
		return form(model, source, CatchForm.suggested(source.thread()), FormErrors.NONE, locale);
	}

	@PostMapping("/messages/{id}/catch")
	String catchMessage(@PathVariable long id, @RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String page, @RequestParam(defaultValue = "") String heading, Model model, RedirectAttributes redirect,
			Locale locale) {
		return write(messageSource(id), new CatchForm(target, title, page, heading), model, redirect, locale);
	}

	@GetMapping("/threads/{id}/catch")
	String threadForm(@PathVariable long id, Model model, Locale locale) {
		var source = threadSource(id, locale);
		return form(model, source, CatchForm.suggested(source.thread()), FormErrors.NONE, locale);
	}

	@PostMapping("/threads/{id}/catch")
	String catchThread(@PathVariable long id, @RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String page, @RequestParam(defaultValue = "") String heading, Model model, RedirectAttributes redirect,
			Locale locale) {
		return write(threadSource(id, locale), new CatchForm(target, title, page, heading), model, redirect, locale);
	}

	private String write(Catching.Source source, CatchForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Group group = group(source.thread());
		SignedInUser curator = SignedInUser.current().orElseThrow();
		Catching.Caught caught;
		if (Catch.Target.WIKI_SECTION.name().equals(form.target())) {
			caught = catching.intoSection(group, source, form.page(), form.heading(), curator.accountId(), locale);
		}
		else if (Catch.Target.WIKI_PAGE.name().equals(form.target())) {
			caught = catching.intoNewPage(group, source, form.title(), curator.accountId(), locale);
		}
		else if (Catch.Target.RESOURCE.name().equals(form.target())) {
			caught = catching.intoResource(group, source, form.title(), curator, locale);
		}
		else {
			caught = new Catching.Refused("target", messages.getMessage("discussion.catch.target.required", null, locale));
		}
		return switch (caught) {
			case Catching.Done done -> {
				redirect.addFlashAttribute(Page.FLASH, "discussion.catch.done");
				yield "redirect:" + done.path();
			}
			case Catching.Refused refused -> form(model, source, form, FormErrors.of(Map.of(refused.field(), refused.message())), locale);
		};
	}

	private String form(Model model, Catching.Source source, CatchForm form, FormErrors errors, Locale locale) {
		Group group = group(source.thread());
		model.addAttribute("group", group);
		model.addAttribute("thread", source.thread());
		model.addAttribute("action", (source.message() == null ? "/threads/" + source.thread().id() : "/messages/" + source.message().id())
				+ "/catch");
		model.addAttribute("wholeThread", source.message() == null);
		model.addAttribute("preview", markdown.render(catching.markdown(group, source, locale)));
		model.addAttribute("wikiPages", wiki.pages(group));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "discussion/catch";
	}

	/** A visible message of a thread the curator sees; hidden messages are not caught. */
	private Catching.Source messageSource(long id) {
		DiscussionMessage message = discussions.message(id)
			.filter(found -> discussions.mayTakePart(found.groupId(), SignedInUser.current()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		curating(message.groupId());
		if (message.hidden()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return catching.of(discussions.thread(message.threadId()).orElseThrow(), message);
	}

	private Catching.Source threadSource(long id, Locale locale) {
		DiscussionThread thread = discussions.thread(id)
			.filter(found -> discussions.mayTakePart(found.groupId(), SignedInUser.current()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		curating(thread.groupId());
		return catching.of(thread).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("discussion.catch.threadTooLong", new Object[] { Catching.MAX_THREAD_MESSAGES }, locale)));
	}

	private void curating(long groupId) {
		if (!catching.mayCatch(groupId, SignedInUser.current())) {
			throw new AccessDeniedException("Catching in group " + groupId);
		}
	}

	private Group group(DiscussionThread thread) {
		return directory.findById(thread.groupId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
