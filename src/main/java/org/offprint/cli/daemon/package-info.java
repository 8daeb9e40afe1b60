/**
 * offprint's background server and its thin client: the launcher runs short commands in one warm JVM per user
 * instead of starting a JVM for each. The client ({@link org.offprint.cli.daemon.Client}) uses the JDK only; the
 * server ({@link org.offprint.cli.daemon.Server}) runs each command through the same command line as
 * {@code main}, with the client's folder, environment and streams (an {@link org.offprint.cli.Invocation}).
 */
package org.offprint.cli.daemon;
