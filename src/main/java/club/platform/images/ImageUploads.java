package club.platform.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

/**
 * Uploaded pictures: checked by their content (JPEG, PNG or WebP; anything else, SVG
 * included, is refused), then scaled and cropped to the centre of the wanted frame and
 * re-encoded as JPEG, so that what the platform serves is always an image it wrote itself.
 */
@Component
public class ImageUploads {

	/** The frames pictures are cut to. */
	public enum Frame {
		/** A profile picture, cropped to the centre. */
		AVATAR(256, 256, 2 * 1024 * 1024, false),
		/** A group's banner (seed 001: 1920×160), cropped to the centre. */
		BANNER(1920, 160, 5 * 1024 * 1024, false),
		/** An ecosystem's logo: fitted whole, on white, never cropped. */
		LOGO(256, 256, 2 * 1024 * 1024, true),
		/** A news post's picture, in the 1.91:1 frame that feed readers and link previews show; cropped to the centre. */
		ILLUSTRATION(1200, 630, 5 * 1024 * 1024, false);

		public final int width;
		public final int height;
		public final int maxBytes;
		final boolean whole;

		Frame(int width, int height, int maxBytes, boolean whole) {
			this.width = width;
			this.height = height;
			this.maxBytes = maxBytes;
			this.whole = whole;
		}
	}

	/** Why an upload was refused, as a message key under {@code image.}. */
	public static final class Refused extends Exception {

		private final String messageKey;

		Refused(String reason) {
			super(reason, null, false, false);
			this.messageKey = "image." + reason;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	static final int MAX_SIDE = 10_000;
	/** 40 megapixels decode to 160 MB: a small file must not claim more. */
	static final long MAX_PIXELS = 40_000_000L;
	private static final Set<String> FORMATS = Set.of("jpeg", "png", "webp");

	public byte[] reencode(byte[] upload, Frame frame) throws Refused {
		if (upload.length == 0) {
			throw new Refused("empty");
		}
		if (upload.length > frame.maxBytes) {
			// Both messages name the frame's limit: 5 MB for banners and illustrations, 2 MB otherwise.
			throw new Refused(frame == Frame.BANNER || frame == Frame.ILLUSTRATION ? "bannerTooLarge" : "tooLarge");
		}
		BufferedImage source = decode(upload);
		var target = new BufferedImage(frame.width, frame.height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, frame.width, frame.height);
			if (frame.whole) {
				// Fit inside the frame, centred: a logo keeps all of itself.
				double scale = Math.min((double) frame.width / source.getWidth(), (double) frame.height / source.getHeight());
				int width = (int) Math.round(source.getWidth() * scale);
				int height = (int) Math.round(source.getHeight() * scale);
				g.drawImage(source, (frame.width - width) / 2, (frame.height - height) / 2, width, height, null);
			}
			else {
				// Cover the frame: scale to fill it, crop what overflows, keep the centre.
				double scale = Math.max((double) frame.width / source.getWidth(), (double) frame.height / source.getHeight());
				int cropWidth = (int) Math.round(frame.width / scale);
				int cropHeight = (int) Math.round(frame.height / scale);
				int x = (source.getWidth() - cropWidth) / 2;
				int y = (source.getHeight() - cropHeight) / 2;
				g.drawImage(source, 0, 0, frame.width, frame.height, x, y, x + cropWidth, y + cropHeight, null);
			}
		}
		finally {
			g.dispose();
		}
		return jpeg(target);
	}

	private static BufferedImage decode(byte[] upload) throws Refused {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			var readers = ImageIO.getImageReaders(input);
			if (input == null || !readers.hasNext()) {
				throw new Refused("notAnImage");
			}
			ImageReader reader = readers.next();
			try {
				if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
					throw new Refused("notAnImage");
				}
				reader.setInput(input, true, true);
				// Read the size before the pixels: a tiny file may claim a gigantic image.
				if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE
						|| (long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new Refused("tooManyPixels");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException unreadable) {
			throw new Refused("notAnImage");
		}
	}

	private static byte[] jpeg(BufferedImage image) {
		var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		var out = new ByteArrayOutputStream();
		try (var output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException e) {
			throw new IllegalStateException("Could not encode a JPEG in memory", e);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}
}
