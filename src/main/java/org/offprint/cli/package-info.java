/**
 * The {@code offprint} command line (picocli). The only code that touches standard streams, the environment and
 * exit codes, and only through an {@link org.offprint.cli.Invocation}: the process's own for {@code main}, a
 * client's in the background server ({@code org.offprint.cli.daemon}). It wires readers, writers and themes
 * together and imports everything, while nothing imports it.
 */
package org.offprint.cli;
