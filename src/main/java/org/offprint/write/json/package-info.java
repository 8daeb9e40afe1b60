/**
 * The JSON writer: the document model as versioned JSON ({@code docs/model.md}), the same text
 * {@code offprint inspect} prints, for scripts that change an article and hand it back with {@code --from json}.
 */
package org.offprint.write.json;
