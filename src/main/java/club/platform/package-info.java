/**
 * Shared kernel every feature module builds on: security, page layout and i18n, errors,
 * Markdown with sanitizing, the mail outbox, the clock and the personal-data SPI.
 * Open module: its sub-packages are infrastructure meant to be used by all.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
@NullMarked
package club.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
