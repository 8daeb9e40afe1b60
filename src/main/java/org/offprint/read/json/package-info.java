/**
 * The JSON reader: the document model as {@code offprint inspect} and {@code --to json} write it
 * ({@code docs/model.md}), read back so that scripts can change an article between reading and writing. It
 * reads only the bytes of its input: image URIs in the model are resolved later, by the writers' resolver, under
 * the same policy as a page's.
 */
package org.offprint.read.json;
