/**
 * The document model: one immutable, format-neutral representation of an article ({@link Document}) or a series
 * of articles ({@link Book}), which every reader produces and every writer consumes.
 *
 * <p>Blocks ({@link Block}) and inlines ({@link Inline}) are sealed interfaces whose leaves are records. Nothing
 * in the model is null: an absent string is {@code ""}, an absent list is empty. This package depends on the JDK
 * only.
 */
package org.offprint.model;
