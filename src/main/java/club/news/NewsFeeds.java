package club.news;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdom2.Element;
import org.jdom2.Namespace;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import club.directory.Group;
import club.directory.GroupDirectory;
import club.ecosystem.Ecosystems;
import club.platform.ClubProperties;
import club.platform.markdown.Markdown;

/**
 * A group's and an ecosystem's public news as RSS 2.0 and Atom 1.0 feeds, built with Rome: absolute
 * links, each post's stable identity (its uid, whatever the platform's address), its dates and its
 * sanitized HTML. Drafts, scheduled and members-only posts never appear. Feed readers poll: an ETag
 * lets them get a 304 when nothing changed.
 */
@Controller
class NewsFeeds {

	static final int ENTRIES = 30;
	private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

	/** A feed format: Rome's name for it and its media type. */
	enum Format {
		RSS("rss_2.0", "application/rss+xml"), ATOM("atom_1.0", "application/atom+xml");

		final String romeType;
		final MediaType mediaType;

		Format(String romeType, String mediaType) {
			this.romeType = romeType;
			this.mediaType = MediaType.parseMediaType(mediaType + ";charset=UTF-8");
		}

		String extension() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private final News news;
	private final GroupDirectory directory;
	private final Ecosystems ecosystems;
	private final Markdown markdown;
	private final ClubProperties properties;

	NewsFeeds(News news, GroupDirectory directory, Ecosystems ecosystems, Markdown markdown, ClubProperties properties) {
		this.news = news;
		this.directory = directory;
		this.ecosystems = ecosystems;
		this.markdown = markdown;
		this.properties = properties;
	}

	@GetMapping("/g/{slug}/news.rss")
	ResponseEntity<String> groupRss(@PathVariable String slug) {
		return group(slug, Format.RSS);
	}

	@GetMapping("/g/{slug}/news.atom")
	ResponseEntity<String> groupAtom(@PathVariable String slug) {
		return group(slug, Format.ATOM);
	}

	@GetMapping("/e/{keyword}/news.rss")
	ResponseEntity<String> ecosystemRss(@PathVariable String keyword) {
		return ecosystem(keyword, Format.RSS);
	}

	@GetMapping("/e/{keyword}/news.atom")
	ResponseEntity<String> ecosystemAtom(@PathVariable String keyword) {
		return ecosystem(keyword, Format.ATOM);
	}

	private ResponseEntity<String> group(String slug, Format format) {
		Group group = directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String page = "/g/" + group.slug() + "/news";
		return feed(format, group.name(), group.tagline(), page, group.createdAt(), news.latestPublic(List.of(group.id()), ENTRIES),
				Map.of(group.id(), group), false);
	}

	private ResponseEntity<String> ecosystem(String keyword, Format format) {
		var view = ecosystems.view(keyword).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<Long, Group> groups = view.groups().stream().collect(Collectors.toMap(Group::id, Function.identity()));
		String page = News.ecosystemPath(keyword);
		String description = markdown.text(Objects.requireNonNullElse(view.ecosystem().description(), view.ecosystem().name())).strip();
		return feed(format, view.ecosystem().name(), description, page, view.ecosystem().createdAt(), news.latestPublic(groups.keySet(), ENTRIES),
				groups, true);
	}

	/** {@code since} dates a feed that has no post yet; an ecosystem's feed names each post's group. */
	private ResponseEntity<String> feed(Format format, String title, String description, String page, Instant since, List<NewsPost> posts,
			Map<Long, Group> groups, boolean namesGroups) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(format.romeType);
		feed.setTitle(title);
		feed.setDescription(description);
		feed.setLink(properties.link(page));
		feed.setUri(properties.link(page));
		feed.setLanguage(News.POST_LANGUAGE.getLanguage());
		feed.setPublishedDate(Date.from(posts.stream().map(NewsPost::revisedAt).max(Instant::compareTo).orElse(since)));
		var alternate = new SyndLinkImpl();
		alternate.setRel("alternate");
		alternate.setType(MediaType.TEXT_HTML_VALUE);
		alternate.setHref(properties.link(page));
		var self = new SyndLinkImpl();
		self.setRel("self");
		self.setType(format.mediaType.getType() + "/" + format.mediaType.getSubtype());
		self.setHref(properties.link(page + "." + format.extension()));
		feed.setLinks(List.of(alternate, self));
		if (format == Format.RSS) {
			// RSS has no place of its own for its address: feed validators ask for Atom's.
			var atomSelf = new Element("link", ATOM);
			atomSelf.setAttribute("href", self.getHref());
			atomSelf.setAttribute("rel", "self");
			atomSelf.setAttribute("type", self.getType());
			feed.setForeignMarkup(List.of(atomSelf));
		}
		List<SyndEntry> entries = new ArrayList<>();
		for (NewsPost post : posts) {
			entries.add(entry(format, post, groups.get(post.groupId()), namesGroups));
		}
		feed.setEntries(entries);
		String xml;
		try {
			xml = new SyndFeedOutput().outputString(feed);
		}
		catch (FeedException impossible) {
			throw new IllegalStateException("Feed of " + page + " could not be written", impossible);
		}
		return ResponseEntity.ok()
			.contentType(format.mediaType)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.eTag(DigestUtils.md5DigestAsHex(xml.getBytes(StandardCharsets.UTF_8)))
			.body(xml);
	}

	/**
	 * The post's HTML is RSS's description and Atom's content (each format's place for the whole
	 * text). Its author is its group; in an ecosystem's feed, its group is also its category.
	 */
	private SyndEntry entry(Format format, NewsPost post, Group group, boolean namesGroup) {
		SyndEntry entry = new SyndEntryImpl();
		String link = properties.link("/news/" + post.id());
		entry.setTitle(post.title());
		entry.setLink(link);
		entry.setUri("urn:uuid:" + post.uid());
		entry.setPublishedDate(Date.from(post.publishedAt()));
		entry.setUpdatedDate(Date.from(post.revisedAt()));
		entry.setAuthor(group.name());
		if (namesGroup) {
			var category = new SyndCategoryImpl();
			category.setName(group.name());
			entry.setCategories(List.of(category));
		}
		var content = new SyndContentImpl();
		content.setType(MediaType.TEXT_HTML_VALUE);
		String picture = post.imageVersion() == null ? ""
				: "<p><img src=\"" + properties.link("/news/" + post.id() + "/image.jpg?v=" + post.imageVersion().toEpochMilli())
						+ "\" alt=\"\" width=\"1200\" height=\"630\"></p>";
		content.setValue(picture + markdown.render(post.body()).html());
		if (format == Format.RSS) {
			entry.setDescription(content);
		}
		else {
			entry.setContents(List.of(content));
		}
		return entry;
	}
}
