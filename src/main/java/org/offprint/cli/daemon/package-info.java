/**
 * offprint's background server and its thin client: started with {@code offprint daemon start}, one warm JVM per
 * installation runs the user's commands instead of a JVM for each. The client ({@link
 * org.offprint.cli.daemon.Client}, or the launcher's Perl twin) uses the JDK only; the server ({@link
 * org.offprint.cli.daemon.Server}) runs each command through the same command line as {@code main}, with the
 * client's folder, environment, umask and streams (an {@link org.offprint.cli.Invocation}), and cancels it when
 * the client goes away.
 */
package org.offprint.cli.daemon;
