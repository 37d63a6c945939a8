package club.externalfeeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Fetches a feed over HTTP(S): redirects followed by hand (three at most, each address checked),
 * a time limit on each answer (body included), a size limit (the download stops beyond), and — unless allowed — no loopback, private, link-local or
 * multicast address, so that a group's record cannot point the platform at its own network.
 */
@Component
class FeedFetcher {

	static final int MAX_REDIRECTS = 3;

	/** Why a feed could not be read: a code the pages translate ({@code externalFeeds.problem.<code>}). */
	static final class Unreadable extends Exception {

		private final String code;

		Unreadable(String code, String detail) {
			super(code + ": " + detail);
			this.code = code;
		}

		String code() {
			return code;
		}
	}

	private final ExternalFeedsProperties properties;
	private final HttpClient client;

	FeedFetcher(ExternalFeedsProperties properties) {
		this.properties = properties;
		this.client = HttpClient.newBuilder().connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	byte[] fetch(String url) throws Unreadable {
		URI uri = parse(url);
		for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
			check(uri);
			HttpResponse<byte[]> response = send(uri);
			int status = response.statusCode();
			if (status >= 300 && status < 400) {
				String location = response.headers().firstValue("Location").orElseThrow(() -> new Unreadable("status", String.valueOf(status)));
				uri = uri.resolve(location);
				continue;
			}
			if (status != 200) {
				throw new Unreadable("status", String.valueOf(status));
			}
			return response.body();
		}
		throw new Unreadable("redirects", url);
	}

	private static URI parse(String url) throws Unreadable {
		try {
			URI uri = new URI(url.strip());
			if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).matches("https?") || uri.getHost() == null) {
				throw new Unreadable("address", url);
			}
			return uri;
		}
		catch (java.net.URISyntaxException invalid) {
			throw new Unreadable("address", url);
		}
	}

	private void check(URI uri) throws Unreadable {
		if (properties.allowPrivateAddresses()) {
			return;
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
				if (!isPublic(address)) {
					throw new Unreadable("privateAddress", uri.getHost());
				}
			}
		}
		catch (UnknownHostException unknown) {
			throw new Unreadable("unknownHost", uri.getHost());
		}
	}

	/** Whether the address is on the public Internet (not this machine, nor a private or local network). */
	static boolean isPublic(InetAddress address) {
		boolean uniqueLocalV6 = address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
		boolean sharedV4 = address.getAddress().length == 4 && (address.getAddress()[0] & 0xff) == 100
				&& (address.getAddress()[1] & 0xc0) == 64;
		return !(address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
				|| address.isMulticastAddress() || uniqueLocalV6 || sharedV4);
	}

	/** The answer, its body read only when it is a 200 and only up to the size limit, all within the time limit. */
	private HttpResponse<byte[]> send(URI uri) throws Unreadable {
		var request = HttpRequest.newBuilder(uri)
			.timeout(properties.timeout())
			.header("User-Agent", "ClubDesInnovateurs/1 (vitality)")
			.header("Accept", "text/calendar, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
			.GET()
			.build();
		long max = properties.maxSize().toBytes();
		var answer = client.sendAsync(request,
				info -> info.statusCode() == 200 ? new LimitedBody(max) : HttpResponse.BodySubscribers.replacing(new byte[0]));
		try {
			return answer.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException slow) {
			answer.cancel(true);
			throw new Unreadable("timeout", uri.toString());
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof TooBig) {
				throw new Unreadable("tooBig", String.valueOf(max));
			}
			if (failed.getCause() instanceof HttpTimeoutException) {
				throw new Unreadable("timeout", uri.toString());
			}
			throw new Unreadable("network", String.valueOf(failed.getCause()));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new Unreadable("network", "interrupted");
		}
	}

	private static final class TooBig extends IOException {
	}

	/** Collects a body up to {@code max} bytes, and gives up (cancelling the download) beyond. */
	private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

		private final long max;
		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		private final CompletableFuture<byte[]> result = new CompletableFuture<>();
		private Flow.@Nullable Subscription subscription;

		LimitedBody(long max) {
			this.max = max;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			for (ByteBuffer buffer : buffers) {
				byte[] chunk = new byte[buffer.remaining()];
				buffer.get(chunk);
				bytes.writeBytes(chunk);
			}
			if (bytes.size() > max && !result.isDone()) {
				result.completeExceptionally(new TooBig());
				if (subscription != null) {
					subscription.cancel();
				}
			}
		}

		@Override
		public void onError(Throwable failure) {
			result.completeExceptionally(failure);
		}

		@Override
		public void onComplete() {
			result.complete(bytes.toByteArray());
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return result;
		}
	}
}
