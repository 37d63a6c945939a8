package club.account;

import java.time.Instant;

/** A profile picture, already re-encoded by {@link AvatarImages}. */
record Avatar(byte[] image, String contentType, Instant updatedAt) {
}
