/**
 * The document model as versioned JSON: what {@code offprint inspect} prints and what scripts read. The format
 * is documented in {@code docs/model.md}.
 */
package org.offprint.model.json;
