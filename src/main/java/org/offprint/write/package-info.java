/**
 * Writers turn a {@link org.offprint.model.Document} into one output format, styled by a
 * {@link org.offprint.theme.Theme}. {@link org.offprint.write.Formats} maps format names to writer factories;
 * each {@link org.offprint.write.Format} declares the command-line options it takes
 * ({@link org.offprint.write.FormatOption}) and receives their values as {@link org.offprint.write.FormatSettings}.
 * Writers depend on the model and the theme only, never on readers or on each other (EPUB reuses the HTML
 * writer's XHTML mode).
 */
package org.offprint.write;
