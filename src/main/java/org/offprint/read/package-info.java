/**
 * Readers turn input bytes ({@link org.offprint.read.Source}) into a {@link org.offprint.model.Document}. Each
 * format has its own sub-package; readers depend on the model only, never on writers.
 */
package org.offprint.read;
