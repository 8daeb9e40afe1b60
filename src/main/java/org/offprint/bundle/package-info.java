/**
 * Bundling a series of articles into one {@link org.offprint.model.Book}: the YAML manifest
 * ({@link org.offprint.bundle.ManifestReader}) and the rules that order, group and de-duplicate articles
 * ({@link org.offprint.bundle.BookAssembler}). Reads no files but the manifest; the caller reads the articles.
 */
package org.offprint.bundle;
