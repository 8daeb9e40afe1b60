/**
 * Themes: a folder {@code themes/<name>/} with a {@code theme.properties} of design tokens, optional
 * {@code style.css} and font files. {@link org.offprint.theme.ThemeLoader} reads and validates one;
 * {@link org.offprint.theme.Theme} is the immutable result every writer reads.
 */
package org.offprint.theme;
