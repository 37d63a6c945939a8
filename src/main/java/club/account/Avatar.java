package club.account;

import java.time.Instant;

/** A profile picture, already re-encoded by {@link club.platform.images.ImageUploads}. */
record Avatar(byte[] image, String contentType, Instant updatedAt) {
}
