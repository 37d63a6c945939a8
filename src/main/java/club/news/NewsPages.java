package club.news;

import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.ecosystem.Ecosystems;
import club.platform.images.ImageUploads;
import club.platform.images.StoredImages;
import club.platform.markdown.Markdown;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;

/** A group's news channel, a post's page, what editors do with posts, members' paces, and an ecosystem's news. */
@Controller
class NewsPages {

	/** How much of each post's text a list shows. */
	static final int EXCERPT = 280;

	private final News news;
	private final GroupDirectory directory;
	private final Ecosystems ecosystems;
	private final Accounts accounts;
	private final Markdown markdown;
	private final ImageUploads images;
	private final MessageSource messages;

	NewsPages(News news, GroupDirectory directory, Ecosystems ecosystems, Accounts accounts, Markdown markdown, ImageUploads images,
			MessageSource messages) {
		this.news = news;
		this.directory = directory;
		this.ecosystems = ecosystems;
		this.accounts = accounts;
		this.markdown = markdown;
		this.images = images;
		this.messages = messages;
	}

	@GetMapping("/g/{slug}/news")
	String channel(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		Group group = group(slug);
		var user = SignedInUser.current();
		boolean editor = news.mayPublish(group.id(), user);
		model.addAttribute("group", group);
		listed(model, news.channel(group, user, page));
		model.addAttribute("editor", editor);
		model.addAttribute("unpublished", editor ? news.unpublished(group) : List.of());
		model.addAttribute("zone", news.zone(group));
		model.addAttribute("pace", news.choosesPace(group.id(), user) ? news.pace(group, user.orElseThrow().accountId()) : null);
		return "news/channel";
	}

	/** A member's pace for the group's news: EACH, WEEKLY or NONE. */
	@PostMapping("/g/{slug}/news/pace")
	String choosePace(@PathVariable String slug, @RequestParam(defaultValue = "") String pace, RedirectAttributes redirect) {
		Group group = group(slug);
		var user = SignedInUser.current();
		if (!news.choosesPace(group.id(), user)) {
			throw new AccessDeniedException("News pace of " + slug);
		}
		NewsPace chosen;
		try {
			chosen = NewsPace.valueOf(pace);
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		news.choosePace(group, user.orElseThrow().accountId(), chosen);
		redirect.addFlashAttribute(Page.FLASH, "news.pace.saved");
		return "redirect:/g/" + group.slug() + "/news";
	}

	@GetMapping("/g/{slug}/news/new")
	String newForm(@PathVariable String slug, Model model) {
		return form(model, edited(slug), null, NewsForm.empty(), FormErrors.NONE);
	}

	@PostMapping("/g/{slug}/news")
	String write(@PathVariable String slug, NewsForm form, @RequestParam(name = "image", required = false) @Nullable MultipartFile file,
			Model model, RedirectAttributes redirect, Locale locale) throws IOException {
		Group group = edited(slug);
		var errors = form.check(false, news.zone(group), news.now(), messages, locale);
		byte[] image = picture(form, file, errors, locale);
		if (!errors.isEmpty()) {
			return form(model, group, null, image == null ? form : form.withImage(Base64.getEncoder().encodeToString(image)),
					FormErrors.of(errors));
		}
		NewsPost post = news.write(group, form.checked(false, news.zone(group)), image, SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, "news.saved." + post.state().name());
		return "redirect:/news/" + post.id();
	}

	@GetMapping("/news/{id}")
	String show(@PathVariable long id, Model model) {
		NewsPost post = visible(id);
		Group group = directory.findById(post.groupId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("post", post);
		model.addAttribute("group", group);
		model.addAttribute("body", markdown.render(post.body()));
		model.addAttribute("author", post.authorId() == null ? null : accounts.displayNames(List.of(post.authorId())).get(post.authorId()));
		model.addAttribute("editor", news.mayPublish(group.id(), SignedInUser.current()));
		model.addAttribute("zone", news.zone(group));
		return "news/show";
	}

	/** Public posts' pictures may be kept by any cache for a year (their address carries their version); others by the reader only. */
	@GetMapping("/news/{id}/image.jpg")
	ResponseEntity<byte[]> image(@PathVariable long id) {
		NewsPost post = visible(id);
		Optional<byte[]> image = news.image(post);
		if (post.isPublic()) {
			return StoredImages.servedForAYear(image);
		}
		return image.map(bytes -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noStore()).body(bytes))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/news/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		NewsPost post = editable(id);
		Group group = groupOf(post);
		return form(model, group, post, NewsForm.of(post, news.zone(group)), FormErrors.NONE);
	}

	@PostMapping("/news/{id}/edit")
	String revise(@PathVariable long id, NewsForm form, @RequestParam(name = "image", required = false) @Nullable MultipartFile file,
			Model model, RedirectAttributes redirect, Locale locale) throws IOException {
		NewsPost post = editable(id);
		Group group = groupOf(post);
		var errors = form.check(post.published(), news.zone(group), news.now(), messages, locale);
		byte[] image = picture(form, file, errors, locale);
		if (errors.isEmpty()) {
			var revised = news.revise(post, group, form.checked(post.published(), news.zone(group)), image, form.removesImage(),
					SignedInUser.current().orElseThrow());
			if (revised.isPresent()) {
				redirect.addFlashAttribute(Page.FLASH, "news.saved." + revised.get().state().name());
				return "redirect:/news/" + id;
			}
			// Published meanwhile (the task): show the post as it is now, with the input kept.
			post = editable(id);
			errors.put("", messages.getMessage("news.changedMeanwhile", null, locale));
		}
		return form(model, group, post, image == null ? form : form.withImage(Base64.getEncoder().encodeToString(image)),
				FormErrors.of(errors));
	}

	@PostMapping("/news/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		NewsPost post = editable(id);
		Group group = groupOf(post);
		news.delete(post);
		redirect.addFlashAttribute(Page.FLASH, "news.deleted");
		return "redirect:/g/" + group.slug() + "/news";
	}

	/** The public news of all the ecosystem's groups, newest first. */
	@GetMapping("/e/{keyword}/news")
	String ecosystem(@PathVariable String keyword, @RequestParam(defaultValue = "1") int page, Model model) {
		var view = ecosystems.view(keyword).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<Long, Group> groups = new LinkedHashMap<>();
		view.groups().forEach(group -> groups.put(group.id(), group));
		model.addAttribute("ecosystem", view.ecosystem());
		model.addAttribute("groups", groups);
		listed(model, news.ofGroups(groups.keySet(), page));
		model.addAttribute("path", News.ecosystemPath(keyword));
		return "news/ecosystem";
	}

	/** A page of posts, each with the beginning of its text. */
	private void listed(Model model, News.Slice slice) {
		Map<Long, String> excerpts = new HashMap<>();
		slice.posts().forEach(post -> excerpts.put(post.id(), News.cut(markdown.text(post.body()), EXCERPT)));
		model.addAttribute("posts", slice.posts());
		model.addAttribute("excerpts", excerpts);
		model.addAttribute("pageNumber", slice.pageNumber());
		model.addAttribute("pageCount", slice.pageCount());
	}

	/**
	 * The picture sent with the form (re-encoded), or the one kept from a previous attempt (checked
	 * and re-encoded again: the field comes from the browser); null when there is none or it is
	 * refused, which then puts a message next to the field.
	 */
	private byte @Nullable [] picture(NewsForm form, @Nullable MultipartFile file, Map<String, String> errors, Locale locale)
			throws IOException {
		try {
			if (file != null && !file.isEmpty()) {
				return images.reencode(file.getBytes(), ImageUploads.Frame.ILLUSTRATION);
			}
			if (form.keptImage() != null && !form.keptImage().isBlank() && !form.removesImage()) {
				return images.reencode(Base64.getDecoder().decode(form.keptImage().strip()), ImageUploads.Frame.ILLUSTRATION);
			}
			return null;
		}
		catch (ImageUploads.Refused refused) {
			errors.put("image", messages.getMessage(refused.messageKey(), null, locale));
			return null;
		}
		catch (IllegalArgumentException notBase64) {
			errors.put("image", messages.getMessage("image.notAnImage", null, locale));
			return null;
		}
	}

	private String form(Model model, Group group, @Nullable NewsPost post, NewsForm form, FormErrors errors) {
		model.addAttribute("group", group);
		model.addAttribute("post", post);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zone", news.zone(group).getId());
		return "news/form";
	}

	private Group group(String slug) {
		return directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Group groupOf(NewsPost post) {
		return directory.findById(post.groupId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The group, if the person may write its news. */
	private Group edited(String slug) {
		Group group = group(slug);
		if (!news.mayPublish(group.id(), SignedInUser.current())) {
			throw new AccessDeniedException("News of " + slug);
		}
		return group;
	}

	/** The post, if the visitor may read it; 404 otherwise (a draft or a members-only post is not revealed). */
	private NewsPost visible(long id) {
		return news.find(id)
			.filter(post -> news.maySee(post, SignedInUser.current()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The post, if the person may edit it: 404 when they may not even read it, 403 when they may only read it. */
	private NewsPost editable(long id) {
		NewsPost post = visible(id);
		if (!news.mayPublish(post.groupId(), SignedInUser.current())) {
			throw new AccessDeniedException("News post " + id);
		}
		return post;
	}
}
