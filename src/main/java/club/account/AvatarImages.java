package club.account;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

/**
 * Checks an uploaded picture by its content (JPEG, PNG or WebP; anything else, SVG included,
 * is refused), then re-encodes it as a 256×256 JPEG cropped to the centre, so that what we
 * serve is always an image we wrote ourselves.
 */
@Component
class AvatarImages {

	static final int MAX_BYTES = 2 * 1024 * 1024;
	static final int SIZE = 256;
	private static final int MAX_SIDE = 8000;
	private static final Set<String> FORMATS = Set.of("jpeg", "png", "webp");

	static final class Refused extends Exception {

		final String messageKey;

		Refused(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}
	}

	byte[] reencode(byte[] upload) throws Refused {
		if (upload.length == 0) {
			throw new Refused("profile.avatar.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new Refused("profile.avatar.tooLarge");
		}
		BufferedImage source = decode(upload);
		int side = Math.min(source.getWidth(), source.getHeight());
		int x = (source.getWidth() - side) / 2;
		int y = (source.getHeight() - side) / 2;
		var target = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, SIZE, SIZE);
			g.drawImage(source, 0, 0, SIZE, SIZE, x, y, x + side, y + side, null);
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
				throw new Refused("profile.avatar.notAnImage");
			}
			ImageReader reader = readers.next();
			try {
				if (!FORMATS.contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
					throw new Refused("profile.avatar.notAnImage");
				}
				reader.setInput(input, true, true);
				// Read the size before the pixels: a tiny file may claim a gigantic image.
				if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
					throw new Refused("profile.avatar.tooManyPixels");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException unreadable) {
			throw new Refused("profile.avatar.notAnImage");
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
