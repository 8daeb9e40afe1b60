/**
 * The {@code offprint} command line (picocli). The only code that touches {@code System.out}, {@code System.err}
 * and exit codes; it wires readers, writers and themes together and imports everything, while nothing imports
 * it.
 */
package org.offprint.cli;
